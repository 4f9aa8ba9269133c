import Foundation
import Logging
import NIOCore
import NIOPosix
import PostgresNIO
import Synchronization

/// One connection to the server, used by one caller at a time: the catalog's calls are synchronous, so each query
/// waits for its answer (`EventLoopFuture.wait`, never on an event loop). SQL is written with `?` placeholders, as for
/// SQLite, and numbered (`$1`, `$2`…) here; no statement may hold a literal `?`.
final class PostgresSession: Sendable {
    private let connection: Mutex<PostgresConnection?>
    private let location: PostgresLocation
    private static let logger = Logger(label: "digitise.catalog.postgres")

    init(_ location: PostgresLocation) throws {
        self.location = location
        connection = Mutex(try Self.connect(location))
    }

    deinit {
        connection.withLock { _ = try? $0?.close().wait() }
    }

    static func connect(_ location: PostgresLocation) throws -> PostgresConnection {
        let configuration = PostgresConnection.Configuration(
            host: location.host, port: location.port, username: location.user, password: location.password,
            database: location.database, tls: .disable)
        do {
            return try PostgresConnection.connect(
                on: MultiThreadedEventLoopGroup.singleton.any(), configuration: configuration, id: 1, logger: logger
            ).wait()
        } catch {
            throw PostgresCatalogError.unreachable(location.description, reason: Self.describe(error))
        }
    }

    /// Runs `body` holding the connection: no other caller's statement runs in between.
    func withConnection<T>(_ body: (Connection) throws -> T) throws -> T {
        try connection.withLock { held in
            guard let open = held else { throw PostgresCatalogError.closed }
            return try body(Connection(postgres: open))
        }
    }

    /// A transaction: committed when `body` returns, rolled back when it throws (a failed commit throws too).
    func transaction<T>(_ body: (Connection) throws -> T) throws -> T {
        try withConnection { connection in
            try connection.run("BEGIN")
            do {
                let result = try body(connection)
                try connection.run("COMMIT")
                return result
            } catch {
                _ = try? connection.run("ROLLBACK")
                throw error
            }
        }
    }

    /// A transaction retried when the server breaks a deadlock or a serialisation conflict by aborting it.
    func retryingTransaction<T>(attempts: Int = 5, _ body: (Connection) throws -> T) throws -> T {
        var attempt = 1
        while true {
            do {
                return try transaction(body)
            } catch let error as PostgresCatalogError where error.isTransient && attempt < attempts {
                attempt += 1
            }
        }
    }

    /// The connection while it is held: statements, one at a time.
    struct Connection {
        let postgres: PostgresConnection

        /// Runs one statement and returns its rows.
        @discardableResult
        func rows(_ sql: String, _ arguments: [(any PostgresDynamicTypeEncodable)?] = []) throws -> [PostgresResultRow] {
            var bindings = PostgresBindings(capacity: arguments.count)
            for argument in arguments {
                if let argument { bindings.append(argument) } else { bindings.appendNull() }
            }
            let query = PostgresQuery(unsafeSQL: Self.numbered(sql), binds: bindings)
            do {
                return try postgres.query(query, logger: PostgresSession.logger).wait().rows.map(PostgresResultRow.init)
            } catch {
                throw PostgresCatalogError.statement(reason: PostgresSession.describe(error), code: PostgresSession.code(of: error))
            }
        }

        /// Runs one statement for its effect.
        func run(_ sql: String, _ arguments: [(any PostgresDynamicTypeEncodable)?] = []) throws {
            try rows(sql, arguments)
        }

        /// The first row, if any.
        func row(_ sql: String, _ arguments: [(any PostgresDynamicTypeEncodable)?] = []) throws -> PostgresResultRow? {
            try rows(sql, arguments).first
        }

        /// The first column of the first row, if any row.
        func value<T: PostgresDecodable>(_ sql: String, _ arguments: [(any PostgresDynamicTypeEncodable)?] = [], as type: T.Type = T.self)
            throws -> T?
        {
            guard let row = try row(sql, arguments), !row.isNull(0) else { return nil }
            return try row[0, as: T.self]
        }

        /// Inserts many rows with as few statements as the protocol allows (at most 30,000 placeholders each), each
        /// placeholder cast to its column's type (`int8`, `float8`, `text`), so a NULL or an integer for a real column
        /// arrives as the column wants it. `tail` follows each statement's VALUES (`ON CONFLICT DO NOTHING`).
        func insert(
            into table: String, columns: [String], types: [String], rows: [[(any PostgresDynamicTypeEncodable)?]], tail: String = ""
        ) throws {
            guard !rows.isEmpty, !columns.isEmpty else { return }
            let perStatement = max(1, 30_000 / columns.count)
            let tuple = "(" + types.map { "?::\($0)" }.joined(separator: ", ") + ")"
            let head = "INSERT INTO \(table)(" + columns.map { "\"\($0)\"" }.joined(separator: ", ") + ") VALUES "
            var start = 0
            while start < rows.count {
                let chunk = rows[start..<min(start + perStatement, rows.count)]
                try run(head + Array(repeating: tuple, count: chunk.count).joined(separator: ", ") + " " + tail, chunk.flatMap { $0 })
                start += chunk.count
            }
        }

        /// `?` placeholders numbered as PostgreSQL wants them.
        static func numbered(_ sql: String) -> String {
            var out = ""
            var n = 0
            for character in sql {
                if character == "?" {
                    n += 1
                    out += "$\(n)"
                } else {
                    out.append(character)
                }
            }
            return out
        }
    }

    /// The server's own words for an error, when it sent some.
    static func describe(_ error: any Error) -> String {
        if let error = error as? PSQLError {
            if let message = error.serverInfo?[.message] {
                return message + (error.serverInfo?[.detail].map { " (\($0))" } ?? "")
            }
            return "\(error.code)" + (error.underlying.map { ": \($0)" } ?? "")
        }
        return "\(error)"
    }

    /// The SQLSTATE of a server error (`40P01` deadlock, `40001` serialisation failure, `23505` unique violation).
    static func code(of error: any Error) -> String? {
        (error as? PSQLError)?.serverInfo?[.sqlState]
    }
}
