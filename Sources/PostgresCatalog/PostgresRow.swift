import PostgresNIO

/// One row of a result, its columns read by position as the SQLite catalog reads GRDB's rows.
struct PostgresResultRow: Sendable {
    let cells: [PostgresCell]

    init(_ row: PostgresRow) { cells = Array(row) }

    /// The column at `index` as `T` (an optional `T` reads NULL as nil); a mismatch throws rather than guessing.
    subscript<T: PostgresDecodable>(_ index: Int, as type: T.Type = T.self) -> T {
        get throws { try cells[index].decode(T.self) }
    }

    /// Whether the column at `index` is NULL.
    func isNull(_ index: Int) -> Bool { cells[index].bytes == nil }
}
