import DigitiseCore

/// A report as CSV (RFC 4180): each table under a `# name` line, tables separated by a blank line; or one table.
///
/// Text cells that a spreadsheet would take for a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage
/// return: a file ID, a document name or a message can) get a leading `'`, so opening a report never runs one.
public enum ReportCSV {
    public static func render(_ report: Report, table name: String? = nil) -> String {
        let tables = name.map { n in report.tables.filter { $0.name == n } } ?? report.tables
        return tables.map { table in
            (name == nil ? "# \(table.name)\r\n" : "")
                + ([table.columns.map { escape(neutralised($0)) }] + table.rows.map { $0.map { escape(cell($0)) } })
                .map { $0.joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
        }.joined(separator: "\r\n")
    }

    static func cell(_ value: ReportCell) -> String {
        if case .text(let text) = value { return neutralised(text) }
        return value.description
    }

    /// The text with a leading `'` when a spreadsheet would read it as a formula.
    static func neutralised(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) else { return text }
        return "'" + text
    }

    static func escape(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
