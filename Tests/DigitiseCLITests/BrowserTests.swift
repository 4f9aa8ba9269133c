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

    /// `digitise serve` on loopback over `archive`, until `body` returns.
    func withServer(_ archive: TemporaryFolder, auth: String, _ body: (String) throws -> Void) throws {
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
        try body(base)
    }

    /// An operator decides a queued document on the review desk in a real browser (the form, its token, the page
    /// image from the store), and the catalog holds the decision under their name; an auditor's browser gets no desk.
    @Test func anOperatorDecidesADocumentOnTheReviewDeskInARealBrowser() throws {
        let archive = try TemporaryFolder("archive")
        let run = try digitise("run", Repository.samplesInbox, "--archive", archive.path, "--quiet")
        #expect(run.status == 0, "\(run.stderr)")
        let queue = try #require(
            try JSONSerialization.jsonObject(
                with: Data(try digitise("review", "list", "--archive", archive.path, "--format", "json").stdout.utf8)) as? [[String: Any]])
        let item = try #require(queue.first, "a sample document waits for review")
        let (file, document) = (try #require(item["file"] as? String), try #require(item["document"] as? String))
        // Against the model's view, so the catalog can only hold it because a person decided it.
        let decided = item["model_class"] as? String == "asylum" ? "personal-file" : "asylum"
        let auth = archive.path + "/tokens"
        let token = try digitise("token", "add", "operator1", "--role", "operator", "--auth", auth).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let auditorToken = try digitise("token", "add", "auditor1", "--role", "auditor", "--auth", auth).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        try FileManager.default.createDirectory(atPath: Self.outputFolder, withIntermediateDirectories: true)
        try? FileManager.default.removeItem(atPath: Self.outputFolder + "/desk-profile")
        try? FileManager.default.removeItem(atPath: Self.outputFolder + "/auditor-profile")

        try withServer(archive, auth: auth) { base in
            let browser = try BrowserSession(profile: Self.outputFolder + "/desk-profile")
            defer { browser.close() }
            try browser.open("\(base)/review?token=\(token)")
            #expect(try browser.evaluate("location.search") == "", "the token left the address for a cookie")
            let link = "/review/\(file)/\(document)"
            #expect(try browser.evaluate("document.querySelector('a[href=\"\(link)\"]') !== null") == "true", "queued")
            _ = try browser.evaluate("document.querySelector('a[href=\"\(link)\"]').click(); true")
            try browser.waitUntil("location.pathname === '\(link)' && document.querySelector('form.decide') !== null")
            // The page image comes from the store, scaled to the desk's width.
            _ = try browser.evaluate("document.querySelector('.pages img').scrollIntoView(); true")
            try browser.waitUntil(
                "(() => { const i = document.querySelector('.pages img'); return i.complete && i.naturalWidth === 700 })()")
            try browser.screenshot(to: Self.outputFolder + "/review-desk.png")

            _ = try browser.evaluate(
                """
                document.querySelector('input[name=class][value=\(decided)]').click();
                document.querySelector('input[name=note]').value = 'decided in a browser';
                document.getElementById('decide').click(); true
                """)
            try browser.waitUntil("location.pathname === '/review' && document.getElementById('flash') !== null")
            #expect(try browser.evaluate("document.getElementById('flash').textContent").contains("decided by operator1"))
            #expect(try browser.evaluate("document.querySelector('a[href=\"\(link)\"]') === null") == "true", "it left the queue")

            let auditor = try BrowserSession(profile: Self.outputFolder + "/auditor-profile")
            defer { auditor.close() }
            try auditor.open("\(base)\(link)?token=\(auditorToken)")
            #expect(try auditor.evaluate("document.body.innerText").contains("for operators only"))
            #expect(try auditor.evaluate("document.querySelector('form') === null && document.querySelector('img') === null") == "true")
        }

        // The catalog: the decision under the operator's name, the document out of review, the event, the roll-up.
        let sqlite = archive.path + "/catalog.sqlite"
        func value(_ query: String) throws -> String {
            try Command.run("/usr/bin/sqlite3", [sqlite, query]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        #expect(
            try value("SELECT person || '|' || class || '|' || note FROM review_decisions") == "operator1|\(decided)|decided in a browser")
        #expect(
            try value(
                "SELECT review || '|' || class || '|' || decided_by FROM documents WHERE is_current = 1 AND file_id = '\(file)' AND name = '\(document)'"
            )
            .hasPrefix("0|\(decided)|operator1 on "))
        #expect(try value("SELECT count(*) FROM events WHERE type = 'classification' AND operator = 'operator1'") == "1")
        #expect(try value("SELECT holds_asylum FROM files WHERE id = '\(file)'") == (decided == "asylum" ? "1" : "0"))
    }
}
