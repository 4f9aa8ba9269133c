import Foundation
import PostgresCatalog
import TestSupport
import Testing

/// The schema on PostgreSQL: versioned migrations that `digitise catalog migrate` applies, and the databases the
/// catalog refuses.
@Suite struct PostgresSchemaTests {
    @Test func migrationsApplyOnceAndInOrder() throws {
        let server = try FreshCatalog.server()
        let location = try #require(PostgresLocation(try server.createDatabase()))
        #expect(throws: PostgresCatalogError.self, "an empty database is not a catalog yet") { try PostgresCatalog(location) }
        do {
            _ = try PostgresCatalog(location)
        } catch let error as PostgresCatalogError {
            #expect(error.description.contains("digitise catalog migrate"), "the error says what to do next")
        }
        let applied = try PostgresCatalog.migrate(location)
        #expect(applied == Array(1...PostgresSchema.current))
        #expect(try PostgresCatalog.migrate(location) == [], "a second migration finds nothing to do")
        #expect(
            try server.psql("SELECT string_agg(version::text, ',' ORDER BY version) FROM schema_migrations", database: location.database)
                == (1...PostgresSchema.current).map(String.init).joined(separator: ",") + "\n")
        _ = try PostgresCatalog(location)
    }

    @Test func migrationsFromManyMachinesAtOnceApplyEachVersionOnce() async throws {
        let server = try FreshCatalog.server()
        let location = try #require(PostgresLocation(try server.createDatabase()))
        let applied = try await withThrowingTaskGroup(of: [Int].self) { group in
            for _ in 0..<4 { group.addTask { try PostgresCatalog.migrate(location) } }
            return try await group.reduce(into: []) { $0 += $1 }
        }
        #expect(applied.sorted() == Array(1...PostgresSchema.current), "each version applied by exactly one of the four")
    }

    /// Where `lower()` leaves `Ē` and `Ж` as they are, searches would miss: such a database is refused, saying why.
    @Test func aDatabaseWhoseCharacterTypeIsNotUTF8IsRefused() throws {
        let server = try FreshCatalog.server()
        let location = try #require(PostgresLocation(try server.createDatabase(ctype: "C")))
        #expect(try server.psql("SELECT lower('ĒŽЖ')", database: location.database) == "ĒŽЖ\n", "the fault the check guards against")
        #expect(throws: PostgresCatalogError.notUTF8(database: location.database, ctype: "C (encoding UTF8)")) {
            try PostgresCatalog.migrate(location)
        }
    }

    /// The full-text vector folds case and diacritics, for Latvian and Cyrillic alike.
    @Test func theTextIndexFoldsCaseAndDiacritics() throws {
        let server = try FreshCatalog.server()
        let location = try FreshCatalog.location()
        let folded = try server.psql(
            "SELECT to_tsvector('simple', digitise_fold('Bērziņš ŠĶĒLE Ёлкин Жанна'))::text", database: location.database)
        // Ё folds to е, as SQLite's unicode61 tokenizer folds it, so a search typed either way finds both.
        #expect(folded == "'berzins':1 'skele':2 'елкин':3 'жанна':4\n")
        // Whatever is not a letter or digit separates words, as in SQLite's tokenizer: a personal code is two words.
        let code = try server.psql(
            "SELECT to_tsvector('simple', digitise_fold('k.: 120385-10398, e_pasts'))::text", database: location.database)
        #expect(code == "'10398':3 '120385':2 'e':4 'k':1 'pasts':5\n")
        #expect(
            try server.psql(
                "SELECT count(*) FROM pg_indexes WHERE indexname = 'page_text_words' AND indexdef LIKE '%gin%'", database: location.database
            ) == "1\n")
    }

    /// Search ranks every match by its word vector: the vector must be in the page's row, not out of line in TOAST
    /// (one more lookup for each match, thousands for a common surname). Read on the table's first disk page: the
    /// stored row is longer than the vector it holds.
    @Test func aPagesWordVectorIsKeptInItsRow() throws {
        let server = try FreshCatalog.server()
        let location = try FreshCatalog.location()
        let catalog = try PostgresCatalog(location)
        _ = try catalog.registerDocument(CatalogFixture.document("letters", object: 1), batch: try catalog.beginBatch(CatalogFixture.start))
        // A page of 300 different words: a vector of nearly 5 KB, which TOAST would take out of the row.
        let text = (1...300).map { "vārds\($0)" }.joined(separator: " ")
        let claimed = try catalog.claimPages(worker: "a", limit: 1, lease: .seconds(60))
        #expect(try catalog.recordClaimedPages(claimed.map { ($0, CatalogFixture.read($0.job, text: text)) }).isEmpty)
        let vector = try #require(
            Int(try server.psql("SELECT pg_column_size(words) FROM page_text", database: location.database).dropLast()))
        #expect(vector > 2_500, "the vector is as large as the test means it to be")
        _ = try server.psql("CREATE EXTENSION IF NOT EXISTS pageinspect", database: location.database)
        let row = try #require(
            Int(
                try server.psql(
                    "SELECT max(lp_len) FROM heap_page_items(get_raw_page('page_text', 0))", database: location.database
                ).dropLast()))
        #expect(row > vector, "the row (\(row) bytes) holds the vector (\(vector) bytes)")
    }

    @Test func addressesAreReadAsLibpqReadsThem() {
        #expect(
            PostgresLocation("postgres://anna:secret@db.example:6543/archive")
                == PostgresLocation(host: "db.example", port: 6543, user: "anna", password: "secret", database: "archive"))
        #expect(PostgresLocation("postgresql://db/archive")?.user == "postgres")
        #expect(PostgresLocation("/srv/archive/catalog.sqlite") == nil)
        #expect(
            PostgresLocation("postgres://anna:secret@db/archive")?.description == "postgres://anna@db:5432/archive",
            "no password in what is shown")
    }
}
