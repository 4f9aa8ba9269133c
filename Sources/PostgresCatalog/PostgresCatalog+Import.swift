import DigitiseCore
import PostgresNIO

extension PostgresCatalog {
    /// What `importCatalog` refuses.
    public enum ImportRefusal: Error, Equatable, CustomStringConvertible {
        /// The database holds a catalog already: a copy goes into an empty one only, never merges.
        case notEmpty(database: String)
        /// The source has a column this schema lacks (a newer program made it): copying would drop it.
        case unknownColumn(table: String, column: String)

        public var description: String {
            switch self {
            case .notEmpty(let database):
                "the catalog \(database) is not empty: copy into a new database (createdb, then digitise catalog migrate)"
            case .unknownColumn(let table, let column):
                "the source catalog has a column \(table).\(column) this program does not know: copy with the digitise that made it"
            }
        }
    }

    /// Fills this empty catalog with another's tables, in one transaction: `feed` hands over each table's rows
    /// (`CatalogTable.names` order, parents first); ids are kept, and each id sequence continues after the highest.
    /// Anything wrong leaves the database as empty as it was.
    /// Then vacuums and analyses the database, outside the transaction: rows copied in bulk have no commit hint
    /// bits and no planner statistics yet, and the first searches would pay for both (at a million pages the first
    /// search for a common surname took 140 ms as written, 20 ms after `VACUUM (ANALYZE)`; BENCHMARKS.md says how
    /// far the two causes are told apart).
    /// - Returns: the rows copied per table.
    public func importCatalog(_ feed: ((CatalogTable) throws -> Void) throws -> Void) throws -> [String: Int] {
        let counts = try copy(feed)
        try writer.withConnection { db in try db.run("VACUUM (ANALYZE)") }
        return counts
    }

    private func copy(_ feed: ((CatalogTable) throws -> Void) throws -> Void) throws -> [String: Int] {
        try writer.transaction { db in
            let used = try db.value("SELECT EXISTS(SELECT 1 FROM batches) OR EXISTS(SELECT 1 FROM objects)", as: Bool.self) ?? false
            guard !used else { throw ImportRefusal.notEmpty(database: location.database) }
            var types: [String: [String: String]] = [:]
            var counts: [String: Int] = [:]
            try feed { table in
                if types[table.name] == nil {
                    types[table.name] = try Self.columnTypes(of: table.name, in: db)
                }
                let known = types[table.name] ?? [:]
                let casts = try table.columns.map { column in
                    guard let type = known[column] else { throw ImportRefusal.unknownColumn(table: table.name, column: column) }
                    return type
                }
                try Self.insert(table, casts: casts, in: db)
                counts[table.name, default: 0] += table.rows.count
            }
            for table in ["events", "batches", "inbox_problems", "documents", "pages", "review_decisions"] {
                try db.run(
                    "SELECT setval(pg_get_serial_sequence('\(table)', 'id'), coalesce((SELECT max(id) FROM \(table)), 0) + 1, false)")
            }
            return counts
        }
    }

    /// Each column's type (`int8`, `float8`, `text`, …) by name; generated columns are left out, they are computed.
    private static func columnTypes(of table: String, in db: PostgresSession.Connection) throws -> [String: String] {
        var types: [String: String] = [:]
        for row in try db.rows(
            """
            SELECT column_name, udt_name FROM information_schema.columns
            WHERE table_schema = current_schema() AND table_name = ? AND is_generated = 'NEVER'
            """, [table])
        {
            types[try row[0, as: String.self]] = try row[1, as: String.self]
        }
        return types
    }

    /// The rows of one table, their values as the catalog's columns hold them.
    private static func insert(_ table: CatalogTable, casts: [String], in db: PostgresSession.Connection) throws {
        let rows = table.rows.map { row in
            row.map { value -> (any PostgresDynamicTypeEncodable)? in
                switch value {
                case .null: nil
                case .integer(let i): i
                case .real(let d): d
                case .text(let s): s
                }
            }
        }
        try db.insert(into: table.name, columns: table.columns, types: casts, rows: rows)
    }
}
