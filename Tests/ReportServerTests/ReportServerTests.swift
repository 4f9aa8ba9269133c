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
        // Every request logged with its role.
        let lines = log.lines
        #expect(lines.filter { $0.contains("role=none status=401") }.count == Self.pages.count * 2)
        #expect(lines.contains { $0.hasPrefix("GET /print role=auditor user=auditor1 status=200") })
        #expect(lines.contains { $0.hasPrefix("GET /print role=operator user=operator1 status=200") })
    }

    @Test func auditorsNeverSeeAsylumTextSnippetsOrIdentifiers() async throws {
        let fixture = fixture
        try await withServer { client in
            // The asylum document's text: 403 for an auditor, the text for an operator.
            let textPath = "/files/PF-2021-000342/documents/asylum-application/text"
            try await client.execute(uri: textPath, method: .get, headers: headers(fixture.auditorToken)) {
                #expect($0.status == .forbidden)
            }
            try await client.execute(uri: textPath, method: .get, headers: headers(fixture.operatorToken)) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("patvēruma"))
            }
            // A personal-file document's text is for auditors too.
            try await client.execute(
                uri: "/files/PF-2019-004512/documents/residence-application/text", method: .get, headers: headers(fixture.auditorToken)
            ) {
                #expect($0.status == .ok)
                #expect(String(buffer: $0.body).contains("Uzturēšanās"))
            }
            // The file page: no asylum text and a masked code for the auditor; everything for the operator.
            try await client.execute(uri: "/files/PF-2021-000342", method: .get, headers: headers(fixture.auditorToken)) { response in
                let page = String(buffer: response.body)
                #expect(!page.contains("Vajāšana"))
                #expect(!page.contains("120385-10398"))
                #expect(page.contains("12****-*****"))
                #expect(page.contains("for operators only"))
            }
            try await client.execute(uri: "/files/PF-2021-000342", method: .get, headers: headers(fixture.operatorToken)) { response in
                let page = String(buffer: response.body)
                #expect(page.contains("Vajāšana"))
                #expect(page.contains("120385-10398"))
            }
            // Search: both documents match "personas"; the auditor gets the asylum hit without its snippet.
            try await client.execute(uri: "/search?q=personas", method: .get, headers: headers(fixture.auditorToken)) { response in
                let page = String(buffer: response.body)
                #expect(page.contains("PF-2021-000342") && page.contains("PF-2019-004512"))
                #expect(!page.contains("Vajāšana") && !page.contains("120385"))
                #expect(page.contains("restricted"))
                #expect(page.contains("SIA Baltijas Koks") || page.contains("«Personas»"))
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

    @Test func reportsComeAsHTMLJSONAndCSVWithTheCatalogsFigures() async throws {
        let fixture = fixture
        try await withServer { client in
            try await client.execute(uri: "/reports/progress.json", method: .get, headers: headers(fixture.auditorToken)) { response in
                #expect(response.headers[.contentType] == "application/json")
                let json = try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
                let figures = try #require(json["figures"] as? [[String: Any]])
                func figure(_ name: String) -> Int? { figures.first { $0["name"] as? String == name }?["value"] as? Int }
                #expect(figure("files") == 2)
                #expect(figure("pages_done") == 2)
                #expect(figure("pages_failed") == 1)
                #expect(figure("in_review") == 1)
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
