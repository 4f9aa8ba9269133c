import DigitiseCore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportServer
import Synchronization
import TestSupport
import Testing

/// Every route, for each role and without a token, through Hummingbird's test client (no socket).
@Suite struct ReportServerTests {
    let fixture: ArchiveFixture
    let log = LogSink()

    init() throws { fixture = try ArchiveFixture() }

    func withServer(_ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let log = self.log
        let server = ReportServer(catalog: fixture.catalog, auth: fixture.auth) { line in log.append(line) }
        let app = Application(router: server.router())
        try await app.test(.router, body)
    }

    func headers(_ token: String?) -> HTTPFields {
        guard let token else { return [:] }
        return [.authorization: "Bearer \(token)"]
    }

    static let pages = [
        "/", "/reports/progress", "/reports/failures.json", "/reports/review.csv", "/reports/classes", "/reports/fixity.json",
        "/reports/throughput", "/print", "/files/PF-2019-004512", "/files/PF-2021-000342", "/search?q=personas",
    ]

    @Test func everyPageNeedsAValidToken() async throws {
        let fixture = fixture
        try await withServer { client in
            for path in Self.pages {
                try await client.execute(uri: path, method: .get, headers: [:]) { #expect($0.status == .unauthorized, "\(path)") }
                try await client.execute(uri: path, method: .get, headers: [.authorization: "Bearer not-a-token"]) {
                    #expect($0.status == .unauthorized, "\(path)")
                }
                for token in [fixture.auditorToken, fixture.operatorToken] {
                    try await client.execute(uri: path, method: .get, headers: headers(token)) { #expect($0.status == .ok, "\(path)") }
                }
            }
            try await client.execute(uri: "/health", method: .get) { #expect($0.status == .ok) }
        }
        // The text routes and searches too: nothing without a token, whatever the document.
        try await withServer { client in
            for path in Self.everyRoute where !Self.pages.contains(path) {
                try await client.execute(uri: path, method: .get, headers: [:]) { #expect($0.status == .unauthorized, "\(path)") }
            }
        }
        // Every request logged with its role.
        let lines = log.lines
        let unauthorised = Self.pages.count * 2 + Self.everyRoute.filter { !Self.pages.contains($0) }.count
        #expect(lines.filter { $0.contains("role=none status=401") }.count == unauthorised, "\(lines.filter { $0.contains("status=401") })")
        #expect(lines.contains { $0.hasPrefix("GET /print role=auditor user=auditor1 status=200") })
        #expect(lines.contains { $0.hasPrefix("GET /print role=operator user=operator1 status=200") })
    }

    /// Every route a caller can name, the text of every document and a search for every document's own word.
    static var everyRoute: [String] {
        pages + ArchiveFixture.documents.map { "/files/\($0.file)/documents/\($0.name)/text" }
            + [
                "/search?q=Vajasana", "/search?q=Zeltkalns", "/search?q=Priediti", "/search?q=Abelkalnu", "/search?q=Klavina",
                "/search?q=Liepina", "/search?q=120385-10398", "/search?q=020202*", "/search?q=kods", "/search?q=personas",
            ]
    }

    @Test func anAuditorMeetsNothingTheDisclosureRuleCloses() async throws {
        let fixture = fixture
        try await withServer { client in
            for path in Self.everyRoute {
                try await client.execute(uri: path, method: .get, headers: headers(fixture.auditorToken)) { response in
                    #expect([.ok, .notFound].contains(response.status), "\(path): \(response.status)")
                    // A search page repeats the query in its form: that is the auditor's own word, not the archive's.
                    let query = path.split(separator: "q=").dropFirst().first.map(String.init)
                    let body = String(buffer: response.body).replacingOccurrences(of: "value=\"\(query ?? "\u{0}")\"", with: "")
                    for marker in ArchiveFixture.closedMarkers {
                        #expect(!body.contains(marker), "\(path) shows an auditor '\(marker)'")
                    }
                }
            }
        }
    }

    @Test func theTextOfADocumentIsForAuditorsOnlyWhenItIsConfidentlyPersonalFile() async throws {
        let fixture = fixture
        try await withServer { client in
            for document in ArchiveFixture.documents {
                let path = "/files/\(document.file)/documents/\(document.name)/text"
                try await client.execute(uri: path, method: .get, headers: headers(fixture.auditorToken)) { response in
                    // A closed document is answered as one that does not exist: its existence is not for auditors either.
                    #expect(response.status == (document.open ? .ok : .notFound), "\(path)")
                }
                try await client.execute(uri: path, method: .get, headers: headers(fixture.operatorToken)) { response in
                    #expect(response.status == .ok, "\(path)")
                    let expected = document.name == "re-read-statement" ? ArchiveFixture.rereadText : document.text
                    #expect(String(buffer: response.body).contains(expected), "\(path)")
                }
            }
            // The file page: the open document with its text and its code unmasked; the others counted, not named.
            try await client.execute(uri: "/files/PF-2019-004512", method: .get, headers: headers(fixture.auditorToken)) { response in
                let page = String(buffer: response.body)
                #expect(page.contains("SIA Baltijas Koks") && page.contains("220617-20034"))
                #expect(page.contains("4 document(s) of this file are restricted"))
            }
            try await client.execute(uri: "/files/PF-2021-000342", method: .get, headers: headers(fixture.auditorToken)) { response in
                let page = String(buffer: response.body)
                #expect(page.contains("1 document(s) of this file are restricted"))
                #expect(!page.contains("asylum documentation"), "the file's roll-up is closed too")
            }
            try await client.execute(uri: "/files/PF-2021-000342", method: .get, headers: headers(fixture.operatorToken)) { response in
                let page = String(buffer: response.body)
                #expect(page.contains("Vajāšana") && page.contains("120385-10398") && page.contains("asylum documentation"))
            }
        }
    }

    @Test func anAuditorsSearchNeitherListsNorCountsClosedDocuments() async throws {
        let fixture = fixture
        try await withServer { client in
            // Six documents hold "personas"; the auditor's search matches the open one only.
            try await client.execute(uri: "/search?q=personas", method: .get, headers: headers(fixture.auditorToken)) { response in
                let page = String(buffer: response.body)
                #expect(page.contains("PF-2019-004512") && page.contains("residence-application"))
                #expect(!page.contains("PF-2021-000342"))
                #expect(page.components(separatedBy: "<tr><td>").count - 1 == 1, "one hit")
            }
            // A word only an asylum document holds: for an auditor exactly what a word nobody wrote gives.
            var nobody = ""
            try await client.execute(uri: "/search?q=nonexistentword", method: .get, headers: headers(fixture.auditorToken)) {
                nobody = String(buffer: $0.body)
            }
            try await client.execute(uri: "/search?q=Vajasana", method: .get, headers: headers(fixture.auditorToken)) { response in
                let page = String(buffer: response.body)
                #expect(page.replacingOccurrences(of: "Vajasana", with: "nonexistentword") == nobody)
            }
            try await client.execute(uri: "/search?q=vajasana", method: .get, headers: headers(fixture.operatorToken)) { response in
                #expect(String(buffer: response.body).contains("«Vajāšana»"))
            }
            // Reports never carry text or identifiers, whoever asks.
            for path in ["/print", "/reports/review.json", "/reports/failures.csv", "/"] {
                try await client.execute(uri: path, method: .get, headers: headers(fixture.operatorToken)) { response in
                    let body = String(buffer: response.body)
                    #expect(!body.contains("120385") && !body.contains("220617") && !body.contains("Vajāšana"), "\(path)")
                }
            }
        }
    }

    @Test func noResponseMayBeCached() async throws {
        let fixture = fixture
        try await withServer { client in
            for path in Self.everyRoute + ["/health", "/reports/nonsense", "/files/PF-0"] {
                for token in [nil, "wrong", fixture.auditorToken, fixture.operatorToken] {
                    try await client.execute(uri: path, method: .get, headers: headers(token)) { response in
                        #expect(response.headers[.cacheControl] == "no-store", "\(path) \(response.status)")
                    }
                }
            }
        }
    }

    @Test func aTokenInTheAddressIsExchangedForACookieAndLeavesTheAddress() async throws {
        let fixture = fixture
        for secure in [false, true] {
            let server = ReportServer(catalog: fixture.catalog, auth: fixture.auth, secureCookies: secure) { _ in }
            try await Application(router: server.router()).test(.router) { client in
                try await client.execute(uri: "/reports/progress?since=2026-01-01&token=\(fixture.auditorToken)", method: .get) {
                    response in
                    #expect(response.status == .seeOther)
                    #expect(response.headers[.location] == "/reports/progress?since=2026-01-01")
                    let cookie = try #require(response.headers[.setCookie])
                    #expect(cookie.hasPrefix("digitise_token=\(fixture.auditorToken);"))
                    #expect(cookie.contains("Max-Age=28800") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"))
                    #expect(cookie.contains("Secure") == secure)
                }
                try await client.execute(
                    uri: "/reports/progress?since=2026-01-01", method: .get, headers: [.cookie: "digitise_token=\(fixture.auditorToken)"]
                ) { #expect($0.status == .ok) }
                try await client.execute(uri: "/?token=wrong", method: .get) { #expect($0.status == .unauthorized) }
            }
        }
    }

    @Test func theAuthFileIsReadAgainWhenItChanges() async throws {
        let fixture = fixture
        let folder = try TemporaryFolder("auth")
        let a = AuthFile.makeToken(name: "a", role: .auditor), b = AuthFile.makeToken(name: "b", role: .auditor)
        let path = try folder.file("tokens", Array((a.line + "\n" + b.line + "\n").utf8))
        let log = LogSink()
        let tokens = try WatchedAuthFile(path: path) { log.append($0) }
        let server = ReportServer(catalog: fixture.catalog, auth: tokens) { _ in }
        try await Application(router: server.router()).test(.router) { client in
            for token in [a.token, b.token] {
                try await client.execute(uri: "/", method: .get, headers: headers(token)) { #expect($0.status == .ok) }
            }
            // b's line removed (an atomic rewrite, as editors and `token add` do): b is out at once, a stays in.
            try (a.line + "\n").write(toFile: path, atomically: true, encoding: .utf8)
            try await client.execute(uri: "/", method: .get, headers: headers(b.token)) { #expect($0.status == .unauthorized) }
            try await client.execute(uri: "/", method: .get, headers: headers(a.token)) { #expect($0.status == .ok) }
            // A file that no longer parses admits nobody until mended.
            try "a superuser sha256:00\n".write(toFile: path, atomically: true, encoding: .utf8)
            try await client.execute(uri: "/", method: .get, headers: headers(a.token)) { #expect($0.status == .unauthorized) }
            try (a.line + "\n").write(toFile: path, atomically: true, encoding: .utf8)
            try await client.execute(uri: "/", method: .get, headers: headers(a.token)) { #expect($0.status == .ok) }
        }
        #expect(log.lines.contains { $0.contains("admitting nobody") })
    }

    @Test func aServerErrorIsLoggedWithItsRequestAndCause() async throws {
        let fixture = fixture
        _ = try Command.run("/usr/bin/sqlite3", [fixture.folder.path + "/catalog.sqlite", "DROP TABLE inbox_problems"])
        try await withServer { client in
            try await client.execute(uri: "/reports/failures?since=2026-01-01", method: .get, headers: headers(fixture.auditorToken)) {
                response in
                #expect(response.status == .internalServerError)
                #expect(!String(buffer: response.body).contains("inbox_problems"), "the cause is for the log, not the caller")
            }
        }
        let line = try #require(log.lines.first { $0.contains("status=500") })
        #expect(line.contains("/reports/failures?since=2026-01-01") && line.contains("user=auditor1") && line.contains("inbox_problems"))
    }

    @Test func reportsComeAsHTMLJSONAndCSVWithTheCatalogsFigures() async throws {
        let fixture = fixture
        try await withServer { client in
            try await client.execute(uri: "/reports/progress.json", method: .get, headers: headers(fixture.auditorToken)) { response in
                #expect(response.headers[.contentType] == "application/json")
                let json = try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
                let figures = try #require(json["figures"] as? [[String: Any]])
                func figure(_ name: String) -> Int? { figures.first { $0["name"] as? String == name }?["value"] as? Int }
                #expect(figure("files") == 2)
                #expect(figure("pages_done") == 6)
                #expect(figure("pages_failed") == 1)
                #expect(figure("in_review") == 1)
            }
            try await client.execute(uri: "/reports/classes.json", method: .get, headers: headers(fixture.auditorToken)) { response in
                let json = try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
                let figures = try #require(json["figures"] as? [[String: Any]])
                #expect(figures.first { $0["name"] as? String == "kind_unknown" }?["value"] as? Int == 1)
            }
            try await client.execute(uri: "/reports/failures.csv?table=reasons", method: .get, headers: headers(fixture.auditorToken)) {
                response in
                let csv = String(buffer: response.body)
                #expect(csv.hasPrefix("stage,code,count,files,example\r\n"))
                #expect(csv.contains("ocr,ocr.timeout,1,1,"))
            }
            try await client.execute(uri: "/", method: .get, headers: headers(fixture.auditorToken)) { response in
                let page = String(buffer: response.body)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                #expect(page.contains("<svg"), "charts inline")
                #expect(!page.contains("<script"), "no scripts")
                #expect(!page.contains("src=\"http"), "no external assets")
                #expect(page.contains("id=\"fig-progress-pages_failed\">1<"))
                #expect(page.contains("ocr.timeout"))
            }
            try await client.execute(uri: "/reports/nonsense", method: .get, headers: headers(fixture.auditorToken)) {
                #expect($0.status == .notFound)
            }
            try await client.execute(uri: "/reports/progress?since=yesterday", method: .get, headers: headers(fixture.auditorToken)) {
                #expect($0.status == .badRequest)
            }
        }
    }

    @Test func noRouteReachesTheFilesystemByAPathItNames() async throws {
        let fixture = fixture
        try await withServer { client in
            for path in [
                "/files/..%2F..%2Fetc%2Fpasswd", "/files/../../etc/passwd", "/files/PF-2019-004512/documents/..%2Fcatalog.sqlite/text",
                "/reports/..%2Fcatalog.sqlite", "/catalog.sqlite", "/objects/sha256",
            ] {
                try await client.execute(uri: path, method: .get, headers: headers(fixture.operatorToken)) { response in
                    #expect([.badRequest, .notFound].contains(response.status), "\(path): \(response.status)")
                    #expect(!String(buffer: response.body).contains("root:"), "\(path)")
                }
            }
        }
    }

    @Test func theAuthFileKeepsOnlyHashes() throws {
        let made = AuthFile.makeToken(name: "x", role: .auditor)
        #expect(!made.line.contains(made.token))
        let file = try AuthFile.parse("# comment\n" + made.line + "\n")
        #expect(file.access(forToken: made.token)?.role == .auditor)
        #expect(file.access(forToken: made.token + "0") == nil)
        #expect(throws: AuthFile.AuthError.self) { try AuthFile.parse("x superuser sha256:00") }
    }
}

/// The server's request log, kept for assertions.
final class LogSink: Sendable {
    private let storage = Mutex<[String]>([])
    func append(_ line: String) { storage.withLock { $0.append(line) } }
    var lines: [String] { storage.withLock { $0 } }
}

extension ReportServerTests {
    @Test func aQueryTheIndexRejectsIsABadRequest() async throws {
        let fixture = fixture
        try await withServer { client in
            try await client.execute(uri: "/search?q=%2A%2A", method: .get, headers: headers(fixture.operatorToken)) {
                #expect($0.status == .badRequest)
            }
        }
    }
}

extension ReportServerTests {
    @Test func aSearchTakesAtMost256CharactersAnd16Words() async throws {
        let fixture = fixture
        try await withServer { client in
            let words17 = (1...17).map { "w\($0)" }.joined(separator: "%20")
            let words16 = (1...16).map { "w\($0)" }.joined(separator: "%20")
            let long = String(repeating: "a", count: 257)
            for (query, status) in [(words17, HTTPResponse.Status.badRequest), (words16, .ok), (long, .badRequest)] {
                try await client.execute(uri: "/search?q=\(query)", method: .get, headers: headers(fixture.operatorToken)) {
                    #expect($0.status == status, "\(query.prefix(20))…")
                }
            }
        }
    }
}
