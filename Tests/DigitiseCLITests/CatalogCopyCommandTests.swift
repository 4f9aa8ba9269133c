import Foundation
import TestSupport
import Testing

/// `digitise catalog copy`: an archive's catalog.sqlite moved onto the tests' own PostgreSQL server answers `show`,
/// `search`, `events`, `report` and `verify` as before; a second copy into the same database is refused.
@Suite struct CatalogCopyCommandTests {
    func digitise(_ arguments: String...) throws -> CommandResult { try Command.run(Repository.binary, arguments) }

    /// A JSON answer without what differs between two asks by nature (when a report was made).
    func comparable(_ json: String) throws -> String {
        guard var object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] else { return json }
        object["generated_at"] = nil
        object["generatedAt"] = nil
        return String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }

    @Test func theCopyAnswersAsTheOriginalDid() throws {
        let archive = try TemporaryFolder("archive")
        let run = try digitise("run", Repository.samplesInbox, "--archive", archive.path, "--quiet")
        try #require(run.status == 0, "\(run.stderr)")
        let server = try PostgresServer.shared.get()
        let address = try server.createDatabase()
        #expect(try digitise("catalog", "migrate", "--catalog", address).status == 0)

        let copy = try digitise("catalog", "copy", "--from", archive.path + "/catalog.sqlite", "--to", address, "--format", "json")
        try #require(copy.status == 0, "\(copy.stderr)")
        let rows = (try JSONSerialization.jsonObject(with: Data(copy.stdout.utf8)) as? [String: Any])?["rows"] as? [String: Int] ?? [:]
        let pages = try Command.run("/usr/bin/sqlite3", [archive.path + "/catalog.sqlite", "SELECT count(*) FROM pages"]).stdout
        #expect(rows["pages"].map(String.init) == pages.trimmingCharacters(in: .whitespacesAndNewlines) && rows["pages", default: 0] > 0)
        // Rows copied in bulk are vacuumed and analysed at once (hint bits, statistics), not left to the first searches.
        let database = String(address.split(separator: "/").last ?? "")
        let settled = try server.psql(
            "SELECT count(*) FROM pg_stat_user_tables WHERE relname IN ('page_text', 'pages', 'documents') "
                + "AND last_vacuum IS NOT NULL AND last_analyze IS NOT NULL", database: database)
        #expect(settled.trimmingCharacters(in: .whitespacesAndNewlines) == "3", "tables vacuumed and analysed: \(settled)")

        let file = "PF-2019-004512"
        let shown = try digitise("show", file, "--archive", archive.path, "--format", "json")
        let shownThere = try digitise("show", file, "--archive", archive.path, "--catalog", address, "--format", "json")
        #expect(shown.status == 0 && shownThere.status == 0, "\(shownThere.stderr)")
        #expect(try comparable(shownThere.stdout) == comparable(shown.stdout))

        // A word the file's first read page holds, and the events of the file, as each catalog has them.
        let record = try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any]
        let texts = (record?["documents"] as? [[String: Any]] ?? []).flatMap { $0["pages"] as? [[String: Any]] ?? [] }
            .compactMap { $0["text"] as? String }
        let word = try #require(
            texts.first.map { $0.split(whereSeparator: { !$0.isLetter }).map(String.init).max(by: { $0.count < $1.count }) } ?? nil)
        let found = try digitise("search", word, "--archive", archive.path, "--format", "json")
        let foundThere = try digitise("search", word, "--archive", archive.path, "--catalog", address, "--format", "json")
        #expect(found.status == 0 && foundThere.status == 0, "\(foundThere.stderr)")
        #expect(found.stdout.contains(file))
        #expect(
            try hits(foundThere.stdout) == hits(found.stdout),
            "the same pages for '\(word)' (snippets and the order of equal ranks are each index's own)")
        // By stems: the copy finds the same word by its stem; the embedded catalog refuses, saying what to do.
        let stemmed = try digitise("search", "--stems", word, "--archive", archive.path, "--catalog", address)
        #expect(stemmed.status == 0 && stemmed.stdout.contains(file), "\(stemmed.stderr)")
        let noStems = try digitise("search", "--stems", word, "--archive", archive.path)
        #expect(noStems.status == 64 && noStems.stderr.contains("--catalog") && noStems.stderr.contains("*"), "\(noStems.stderr)")
        let events = try digitise("events", file, "--archive", archive.path, "--format", "json")
        let eventsThere = try digitise("events", file, "--archive", archive.path, "--catalog", address, "--format", "json")
        #expect(eventsThere.status == 0 && eventsThere.stdout == events.stdout, "\(eventsThere.stderr)")
        for kind in ["progress", "failures", "classes"] {
            let report = try digitise("report", kind, "--archive", archive.path, "--format", "json")
            let reportThere = try digitise("report", kind, "--archive", archive.path, "--catalog", address, "--format", "json")
            #expect(reportThere.status == 0, "\(reportThere.stderr)")
            #expect(try comparable(reportThere.stdout) == comparable(report.stdout), "report \(kind)")
        }
        let verified = try digitise("verify", "--archive", archive.path, "--catalog", address)
        #expect(verified.status == 0 && verified.stdout.contains("every object intact"), "\(verified.stdout)\(verified.stderr)")

        let again = try digitise("catalog", "copy", "--from", archive.path + "/catalog.sqlite", "--to", address)
        #expect(again.status == 65 && again.stderr.contains("not empty"), "\(again.stderr)")
    }

    /// The file, document and page of each hit.
    func hits(_ json: String) throws -> Set<String> {
        let list = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]] ?? []
        return Set(list.map { "\($0["file"] ?? "")/\($0["document"] ?? "")/\($0["page"] ?? "")" })
    }
}
