import Foundation
import TestSupport
import Testing

/// The dashboard in a real browser: `digitise serve` on loopback, headless Chromium (Debian's `chromium`) loads it
/// as an auditor, a screenshot is saved, and the figures the browser shows are checked against the catalog.
@Suite(.serialized) struct BrowserTests {
    static let outputFolder = Repository.root + "/.build/test-output/browser"

    func digitise(_ arguments: String...) throws -> CommandResult { try Command.run(Repository.binary, arguments) }

    func sqlite(_ archive: String, _ query: String) throws -> Int {
        Int(
            try Command.run("/usr/bin/sqlite3", [archive + "/catalog.sqlite", query]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        ) ?? -1
    }

    func chromium(_ arguments: [String]) throws -> CommandResult {
        try Command.run(
            "/usr/bin/chromium",
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
                "--user-data-dir=\(Self.outputFolder)/profile",
            ]
                + arguments)
    }

    @Test func theDashboardShowsTheCatalogsFiguresInARealBrowser() throws {
        let archive = try TemporaryFolder("archive")
        let inbox = try TemporaryFolder("inbox")
        for file in ["PF-2019-004512", "PF-2021-000342"] {
            try FileManager.default.copyItem(atPath: Repository.samplesInbox + "/" + file, toPath: inbox.path + "/" + file)
        }
        try inbox.file("PF-2020-000001/broken.png", Array("not an image".utf8))
        let run = try digitise("run", inbox.path, "--archive", archive.path, "--quiet")
        #expect(run.status == 2, "one broken page: partial")
        let auth = archive.path + "/tokens"
        let token = try digitise("token", "add", "auditor1", "--role", "auditor", "--auth", auth).stdout.trimmingCharacters(
            in: .whitespacesAndNewlines)
        #expect(token.count == 48)

        let port = Int.random(in: 20_000...40_000)
        let server = Process()
        server.executableURL = URL(fileURLWithPath: Repository.binary)
        server.arguments = ["serve", "--auth", auth, "--archive", archive.path, "--port", String(port)]
        server.standardOutput = FileHandle.nullDevice
        server.standardError = FileHandle.nullDevice
        try server.run()
        defer {
            server.terminate()
            server.waitUntilExit()
        }
        let base = "http://127.0.0.1:\(port)"
        var up = false
        for _ in 0..<100 where !up {
            up = (try? Command.run("/usr/bin/curl", ["-sf", base + "/health"]).status) == 0
            if !up { usleep(100_000) }
        }
        #expect(up, "the server answers on loopback")

        try FileManager.default.createDirectory(atPath: Self.outputFolder, withIntermediateDirectories: true)
        let screenshot = Self.outputFolder + "/dashboard.png"
        try? FileManager.default.removeItem(atPath: screenshot)
        let shot = try chromium(["--window-size=1280,2400", "--screenshot=\(screenshot)", "\(base)/?token=\(token)"])
        #expect(shot.status == 0, "\(shot.stderr)")
        let png = try Data(contentsOf: URL(fileURLWithPath: screenshot))
        #expect(png.count > 10_000 && png.prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]), "a real PNG screenshot")

        // What the browser rendered (its DOM after loading), against the catalog.
        let dom = try chromium(["--dump-dom", "\(base)/?token=\(token)"]).stdout
        func shown(_ id: String) -> Int? {
            guard let match = dom.firstMatch(of: Regex<(Substring, Substring)>(verbatim: "id=\"\(id)\">")) else { return nil }
            return Int(dom[match.range.upperBound...].prefix { $0.isNumber })
        }
        let expected: [(String, String)] = [
            ("fig-progress-files", "SELECT count(*) FROM files"),
            ("fig-progress-documents", "SELECT count(*) FROM documents WHERE is_current = 1"),
            (
                "fig-progress-pages_done",
                "SELECT count(*) FROM pages p JOIN documents d ON d.id = p.document_id WHERE d.is_current = 1 AND p.status = 'done'"
            ),
            (
                "fig-progress-pages_failed",
                "SELECT count(*) FROM pages p JOIN documents d ON d.id = p.document_id WHERE d.is_current = 1 AND p.status = 'failed'"
            ),
            ("fig-progress-in_review", "SELECT count(*) FROM documents WHERE is_current = 1 AND review = 1"),
            ("fig-review-in_review", "SELECT count(*) FROM documents WHERE is_current = 1 AND review = 1"),
        ]
        for (id, query) in expected {
            let catalog = try sqlite(archive.path, query)
            #expect(shown(id) == catalog, "\(id): the page shows \(String(describing: shown(id))), the catalog holds \(catalog)")
        }
        #expect(shown("fig-progress-pages_failed") == 1)
        #expect(dom.contains("decode.not-an-image"), "the failure's reason is on the dashboard")
        #expect(dom.contains("<svg"), "charts drawn")
        // An auditor's browser never receives asylum text.
        #expect(!dom.contains("Kuzņecovs") && !dom.contains("Кузнецов"))
        let file = try chromium(["--dump-dom", "\(base)/files/PF-2021-000342?token=\(token)"]).stdout
        #expect(file.contains("for operators only"))
        #expect(!file.contains("Кузнецов"))
    }
}
