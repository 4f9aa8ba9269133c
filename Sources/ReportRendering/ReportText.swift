import DigitiseCore

/// A report as aligned plain text, for a terminal.
public enum ReportText {
    public static func render(_ report: Report) -> String {
        var out = "\(report.title) — digitise report \(report.kind.rawValue), \(report.generatedAt)\n"
        let width = report.figures.map(\.label.count).max() ?? 0
        for figure in report.figures {
            out += "  " + figure.label + String(repeating: " ", count: width - figure.label.count) + "  \(figure.value)\n"
        }
        for table in report.tables {
            out += "\n\(table.title)\n"
            guard !table.rows.isEmpty else {
                out += "  (none)\n"
                continue
            }
            let cells = table.rows.map { $0.map { String($0.description.prefix(60)) } }
            let widths = table.columns.indices.map { i in max(table.columns[i].count, cells.map { $0[i].count }.max() ?? 0) }
            func line(_ values: [String], numeric: [Bool]) -> String {
                "  "
                    + values.indices.map { i in
                        let pad = String(repeating: " ", count: widths[i] - values[i].count)
                        return numeric[i] ? pad + values[i] : values[i] + pad
                    }.joined(separator: "  ")
            }
            let numeric = table.columns.indices.map { i in
                table.rows.allSatisfy { row in
                    switch row[i] {
                    case .int, .number, .empty: true
                    case .text: false
                    }
                }
            }
            out += line(table.columns, numeric: numeric) + "\n"
            for row in cells { out += line(row, numeric: numeric) + "\n" }
        }
        return out
    }
}
