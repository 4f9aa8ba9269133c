import Foundation
import TestSupport
import Testing

/// `digitise catalog migrate` on the tests' own PostgreSQL server: applies the schema once, says so, and refuses
/// what it must refuse with a status and words that say what to do.
@Suite struct CatalogMigrateCommandTests {
    func migrate(_ arguments: [String], environment: [String: String] = [:]) throws -> CommandResult {
        try Command.run(Repository.binary, ["catalog", "migrate"] + arguments, environment: environment)
    }

    @Test func appliesTheSchemaOnceThenFindsNothingToDo() throws {
        let server = try PostgresServer.shared.get()
        let address = try server.createDatabase()
        let first = try migrate(["--catalog", address, "--format", "json"])
        #expect(first.status == 0, "\(first.stderr)")
        let outcome = try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any]
        let applied = outcome?["applied"] as? [Int] ?? []
        #expect(!applied.isEmpty && applied == Array(1...applied.count), "every version, in order")
        let database = String(address.split(separator: "/").last ?? "")
        #expect(try server.psql("SELECT count(*) FROM schema_migrations", database: database) == "\(applied.count)\n")
        let again = try migrate([], environment: ["DIGITISE_CATALOG": address])
        #expect(again.status == 0)
        #expect(again.stdout.contains("already at schema version \(applied.count)"), "\(again.stdout)")
    }

    @Test func refusesADatabaseWhoseCharacterTypeIsNotUTF8() throws {
        let server = try PostgresServer.shared.get()
        let address = try server.createDatabase(ctype: "C", encoding: "SQL_ASCII")
        let result = try migrate(["--catalog", address])
        #expect(result.status == 65)
        #expect(result.stderr.contains("not UTF-8") && result.stderr.contains("LC_CTYPE"), "\(result.stderr)")
    }

    @Test func refusesWhatIsNotAPostgresAddressAndAServerThatIsNotThere() throws {
        let notAnAddress = try migrate(["--catalog", "archive/catalog.sqlite"])
        #expect(notAnAddress.status == 64)
        #expect(notAnAddress.stderr.contains("postgres://"))
        let none = try migrate([], environment: ["DIGITISE_CATALOG": ""])
        #expect(none.status == 64)
        let nobody = try migrate(["--catalog", "postgres://postgres@127.0.0.1:1/none"])
        #expect(nobody.status == 66)
        #expect(nobody.stderr.contains("cannot reach the catalog"), "\(nobody.stderr)")
    }
}
