import DigitiseCore
import Foundation

/// The catalog on a PostgreSQL server, shared by any number of machines: the same ports as the SQLite catalog, proven
/// by the same conformance suites. Writes go through one connection and reads through another, so a report reads
/// beside a run's writes; transactions the server aborts for a deadlock are run again.
public final class PostgresCatalog: Sendable {
    let writer: PostgresSession
    let reader: PostgresSession
    public let location: PostgresLocation
    /// The program and version writing through this connection: the agent of the events it records.
    let agent: String
    /// The longest a read may run before the server stops it (`ArchiveQueryError.timedOut`); nil: no limit.
    let readDeadline: Duration?

    /// Connects to a migrated catalog.
    /// - Throws: `PostgresCatalogError.notUTF8` for a database that cannot fold Latvian or Cyrillic letters,
    ///   `.needsMigration` for one whose schema is behind this program's (`digitise catalog migrate`).
    /// - Parameter readDeadline: stop any read that runs longer (the report server's); nil: no limit.
    public init(_ location: PostgresLocation, agent: String = "digitise", readDeadline: Duration? = nil) throws {
        self.location = location
        self.agent = agent
        self.readDeadline = readDeadline
        writer = try PostgresSession(location)
        reader = try PostgresSession(location)
        try writer.withConnection { connection in
            try Self.requireUTF8(connection, location: location)
            let version = try Self.schemaVersion(connection)
            if version < PostgresSchema.current {
                throw PostgresCatalogError.needsMigration(database: location.database, at: version, wanted: PostgresSchema.current)
            }
            if version > PostgresSchema.current {
                throw PostgresCatalogError.newerSchema(database: location.database, at: version, known: PostgresSchema.current)
            }
        }
    }

    /// Brings a database's schema up to this program's version and returns the versions it applied. Safe to run
    /// from many machines at once: the first takes an advisory lock, the others wait and find nothing left to do.
    @discardableResult
    public static func migrate(_ location: PostgresLocation) throws -> [Int] {
        let session = try PostgresSession(location)
        return try session.transaction { connection in
            try requireUTF8(connection, location: location)
            try connection.run("SELECT pg_advisory_xact_lock(4242001)")
            try connection.run("CREATE TABLE IF NOT EXISTS schema_migrations(version BIGINT PRIMARY KEY, applied_at TEXT NOT NULL)")
            let at = try schemaVersion(connection)
            if at > PostgresSchema.current {
                throw PostgresCatalogError.newerSchema(database: location.database, at: at, known: PostgresSchema.current)
            }
            var applied: [Int] = []
            for version in (at + 1)..<(PostgresSchema.current + 1) {
                for statement in PostgresSchema.migrations[version - 1] { try connection.run(statement) }
                try connection.run("INSERT INTO schema_migrations(version, applied_at) VALUES (?, ?)", [version, Timestamp.now()])
                applied.append(version)
            }
            return applied
        }
    }

    /// The schema version a database is at: 0 before its first migration.
    static func schemaVersion(_ connection: PostgresSession.Connection) throws -> Int {
        guard try connection.value("SELECT to_regclass('schema_migrations') IS NOT NULL", as: Bool.self) == true else { return 0 }
        return try connection.value("SELECT coalesce(max(version), 0) FROM schema_migrations", as: Int.self) ?? 0
    }

    /// Refuses a database whose character type is not UTF-8: there `lower()` and the full-text index would leave
    /// `Ē` and `Ж` as they are, and searches would miss.
    static func requireUTF8(_ connection: PostgresSession.Connection, location: PostgresLocation) throws {
        let ctype = try connection.value("SELECT datctype FROM pg_database WHERE datname = current_database()", as: String.self) ?? "?"
        let encoding =
            try connection.value(
                "SELECT pg_encoding_to_char(encoding) FROM pg_database WHERE datname = current_database()", as: String.self) ?? "?"
        let folded = ctype.lowercased().replacingOccurrences(of: "-", with: "")
        guard encoding == "UTF8", folded.hasSuffix(".utf8") || folded == "ucs_basic" else {
            throw PostgresCatalogError.notUTF8(database: location.database, ctype: "\(ctype) (encoding \(encoding))")
        }
    }

    static func now() -> String { Timestamp.now() }

    /// A write transaction (retried when the server aborts it for a deadlock).
    func write<T>(_ body: (PostgresSession.Connection) throws -> T) throws -> T {
        try writer.retryingTransaction(body)
    }

    /// A read, in a transaction of its own so it sees one moment of the catalog.
    func read<T>(_ body: (PostgresSession.Connection) throws -> T) throws -> T {
        do {
            return try reader.transaction { connection in
                try connection.run("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                if let readDeadline {
                    let milliseconds = readDeadline.components.seconds * 1000 + readDeadline.components.attoseconds / 1_000_000_000_000_000
                    try connection.run("SET LOCAL statement_timeout = \(max(1, milliseconds))")
                }
                return try body(connection)
            }
        } catch PostgresCatalogError.statement(_, code: "57014") where readDeadline != nil {
            // query_canceled: the server stopped a read that ran past the deadline.
            let seconds = readDeadline.map { Double($0.components.seconds) + Double($0.components.attoseconds) / 1e18 } ?? 0
            throw ArchiveQueryError.timedOut(seconds: seconds)
        }
    }
}
