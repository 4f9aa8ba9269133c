import PostgresCatalog
import TestSupport

/// A migrated catalog on a database of its own, on the tests' PostgreSQL server.
enum FreshCatalog {
    static func server() throws -> PostgresServer { try PostgresServer.shared.get() }

    static func location() throws -> PostgresLocation {
        let address = try server().createDatabase()
        guard let location = PostgresLocation(address) else { throw PostgresServerError.failed("bad address \(address)") }
        try PostgresCatalog.migrate(location)
        return location
    }

    static func make(agent: String = "digitise-test") throws -> PostgresCatalog {
        try PostgresCatalog(try location(), agent: agent)
    }
}
