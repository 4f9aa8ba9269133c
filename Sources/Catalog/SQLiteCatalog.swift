import DigitiseCore
import Foundation
import GRDB

/// The catalog in SQLite (`ARCHIVE/catalog.sqlite`): WAL mode, FTS5 over page text with diacritics folded
/// (`berzins` finds `Bērziņš`). GRDB's `DatabasePool` serialises the writes and runs reads beside them.
public final class SQLiteCatalog: Sendable {
    let pool: DatabasePool
    /// The program and version writing through this connection: the agent of the events it records.
    let agent: String
    /// How long one read may run (the report server's): nil for no limit.
    let readDeadline: Duration?

    /// Opens the catalog, creating it and bringing its schema up to date unless `readOnly`.
    /// - Parameter readDeadline: interrupt any read that runs longer (`ArchiveQueryError.timedOut`); nil: no limit.
    public init(path: String, readOnly: Bool = false, agent: String = "digitise", readDeadline: Duration? = nil) throws {
        self.agent = agent
        self.readDeadline = readDeadline
        if readOnly && !FileManager.default.fileExists(atPath: path) { throw CatalogError.noCatalog(path) }
        var configuration = Configuration()
        configuration.readonly = readOnly
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(30)
        configuration.label = "catalog"
        configuration.prepareDatabase { db in
            if !db.configuration.readonly {
                try db.run("PRAGMA synchronous = NORMAL")
            }
            if readDeadline != nil { QueryDeadline.install(on: db) }
        }
        pool = try DatabasePool(path: path, configuration: configuration)
        if !readOnly { try CatalogSchema.migrator.migrate(pool) }
    }

    /// SQLite's journal mode for this catalog: `wal` for every catalog this program creates.
    public func journalMode() throws -> String {
        try read { try String.fetchOne($0, sql: "PRAGMA journal_mode") ?? "" }
    }

    static func now() -> String { Timestamp.now() }

    /// A write transaction. A disk that fills under it is said as such (`CatalogError.diskFull`): SQLite has rolled
    /// the transaction back, and nothing half-written remains.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try pool.write(body)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_FULL {
            throw CatalogError.diskFull(path: pool.path)
        }
    }

    /// A read on one of the pool's connections, within the catalog's read deadline when it has one.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try pool.read { db in
            guard let limit = readDeadline, let deadline = QueryDeadline.of(db) else {
                return try body(db)
            }
            deadline.start(limit)
            defer { deadline.clear() }
            do {
                return try body(db)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_INTERRUPT {
                throw ArchiveQueryError.timedOut(seconds: Double(limit.components.seconds) + Double(limit.components.attoseconds) / 1e18)
            }
        }
    }

}
