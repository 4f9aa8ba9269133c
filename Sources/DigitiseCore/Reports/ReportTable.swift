/// A table of a report; `rows` hold one cell per column.
public struct ReportTable: Sendable, Equatable, Encodable {
    public let name: String
    public let title: String
    public let columns: [String]
    public let rows: [[ReportCell]]

    public init(name: String, title: String, columns: [String], rows: [[ReportCell]]) {
        self.name = name
        self.title = title
        self.columns = columns
        self.rows = rows
    }

    /// The cells of one column, by name.
    public func column(_ name: String) -> [ReportCell] {
        guard let i = columns.firstIndex(of: name) else { return [] }
        return rows.map { $0[i] }
    }

    /// As JSON: a list of objects, one per row, keyed by column.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(title, forKey: .title)
        try c.encode(columns, forKey: .columns)
        try c.encode(rows.map { row in Dictionary(uniqueKeysWithValues: zip(columns, row)) }, forKey: .rows)
    }

    enum CodingKeys: String, CodingKey { case name, title, columns, rows }
}
