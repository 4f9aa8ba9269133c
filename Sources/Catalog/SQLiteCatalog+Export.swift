import DigitiseCore
import GRDB

extension SQLiteCatalog {
    /// Reads every table of the catalog (`CatalogTable.names`, in that order) in chunks of at most `chunkRows` rows,
    /// all from one moment of the catalog. The full-text table gives each page's text under `page_id`, the page it
    /// belongs to (its `rowid` here).
    public func export(chunkRows: Int = 2000, _ body: (CatalogTable) throws -> Void) throws {
        try read { db in
            for name in CatalogTable.names {
                let sql = name == "page_text" ? "SELECT rowid AS page_id, text FROM page_text ORDER BY rowid" : "SELECT * FROM \(name)"
                let statement = try db.makeStatement(sql: sql)
                let cursor = try Row.fetchCursor(statement)
                var table = CatalogTable(name: name, columns: statement.columnNames, rows: [])
                while let row = try cursor.next() {
                    table.rows.append(row.databaseValues.map(Self.value))
                    if table.rows.count == chunkRows {
                        try body(table)
                        table.rows.removeAll(keepingCapacity: true)
                    }
                }
                if !table.rows.isEmpty { try body(table) }
            }
        }
    }

    private static func value(_ value: DatabaseValue) -> CatalogTable.Value {
        switch value.storage {
        case .null: .null
        case .int64(let i): .integer(i)
        case .double(let d): .real(d)
        case .string(let s): .text(s)
        case .blob(let data): .text(String(decoding: data, as: UTF8.self))  // the catalog stores no blobs
        }
    }
}
