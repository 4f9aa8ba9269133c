/// A report as CSV (RFC 4180): each table under a `# name` line, tables separated by a blank line; or one table.
public enum ReportCSV {
    public static func render(_ report: Report, table name: String? = nil) -> String {
        let tables = name.map { n in report.tables.filter { $0.name == n } } ?? report.tables
        return tables.map { table in
            (name == nil ? "# \(table.name)\r\n" : "")
                + ([table.columns.map(escape)] + table.rows.map { $0.map { escape($0.description) } })
                .map { $0.joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
        }.joined(separator: "\r\n")
    }

    static func escape(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
