import Foundation

/// Where a PostgreSQL catalog lives, from a `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE` address (the form
/// `psql` and libpq take; `postgresql://` is the same).
public struct PostgresLocation: Sendable, Equatable, CustomStringConvertible {
    public var host: String
    public var port: Int
    public var user: String
    public var password: String?
    public var database: String

    public init(host: String, port: Int = 5432, user: String, password: String? = nil, database: String) {
        self.host = host
        self.port = port
        self.user = user
        self.password = password
        self.database = database
    }

    /// Nil when `address` is not a PostgreSQL address.
    public init?(_ address: String) {
        guard let url = URLComponents(string: address), ["postgres", "postgresql"].contains(url.scheme ?? ""),
            let host = url.host, !host.isEmpty
        else { return nil }
        let database = String(url.path.drop { $0 == "/" })
        self.init(
            host: host, port: url.port ?? 5432, user: url.user ?? "postgres", password: url.password,
            database: database.isEmpty ? (url.user ?? "postgres") : database)
    }

    /// Whether an address names a PostgreSQL catalog (rather than a SQLite file).
    public static func isAddress(_ address: String) -> Bool {
        address.hasPrefix("postgres://") || address.hasPrefix("postgresql://")
    }

    /// The address without its password: what logs and error messages may show.
    public var description: String { "postgres://\(user)@\(host):\(port)/\(database)" }
}
