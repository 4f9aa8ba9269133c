import DigitiseCore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportServer
import TestSupport
import Testing

/// The review desk on the dashboard: for operators only, its forms guarded against cross-site request forgery, every
/// decision recorded under the operator's name. Through Hummingbird's test client on the fixture archive, where
/// `neighbour-letter` waits for review.
@Suite struct ReviewDeskRouteTests {
    let fixture: ArchiveFixture
    let log = LogSink()
    let previews = RecordingPreviews()
    static let document = "/review/PF-2019-004512/neighbour-letter"

    init() throws { fixture = try ArchiveFixture() }

    func withServer(desk: (any ReviewDesk)? = nil, _ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let log = self.log
        let server = ReportServer(
            catalog: fixture.catalog, auth: fixture.auth, desk: desk ?? fixture.catalog, previews: previews
        ) { line in log.append(line) }
        try await Application(router: server.router()).test(.router, body)
    }

    func bearer(_ token: String) -> HTTPFields { [.authorization: "Bearer \(token)"] }

    func post(_ fields: [(String, String)], token: String, extra: HTTPFields = [:]) -> (HTTPFields, ByteBuffer) {
        var headers = bearer(token)
        headers[.contentType] = "application/x-www-form-urlencoded"
        for field in extra { headers.append(field) }
        let body = fields.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)" }.joined(separator: "&")
        return (headers, ByteBuffer(string: body))
    }

    /// The form token the desk's page gives the operator.
    func formToken(_ client: any TestClientProtocol) async throws -> String {
        try await client.execute(uri: Self.document, method: .get, headers: bearer(fixture.operatorToken)) { response in
            let page = String(buffer: response.body)
            let match = try #require(page.firstMatch(of: /name="csrf" value="([^"]+)"/))
            return String(match.1)
        }
    }

    func decision() throws -> ReviewDecision? {
        try fixture.catalog.latestDecision(file: FileID(validating: "PF-2019-004512")!, document: "neighbour-letter")
    }

    @Test func anAuditorNeverReachesTheDeskItsFormItsImagesOrItsText() async throws {
        let fixture = fixture
        try await withServer { client in
            for path in ["/review", Self.document, Self.document + "/pages/1"] {
                try await client.execute(uri: path, method: .get, headers: bearer(fixture.auditorToken)) { response in
                    #expect(response.status == .forbidden, "\(path)")
                    let page = String(buffer: response.body)
                    #expect(!page.contains("csrf") && !page.contains("Zeltkalns") && !page.contains("neighbour"), "\(path)")
                }
                try await client.execute(uri: path, method: .get, headers: [:]) { #expect($0.status == .unauthorized, "\(path)") }
            }
            // Even with an operator's form token in hand, an auditor's post is refused.
            let token = try await formToken(client)
            let (headers, body) = post([("csrf", token), ("class", "asylum")], token: fixture.auditorToken)
            try await client.execute(uri: Self.document, method: .post, headers: headers, body: body) {
                #expect($0.status == .forbidden)
            }
            // No "Review" link in an auditor's header, one in an operator's.
            try await client.execute(uri: "/", method: .get, headers: bearer(fixture.auditorToken)) {
                #expect(!String(buffer: $0.body).contains("href=\"/review\""))
            }
            try await client.execute(uri: "/", method: .get, headers: bearer(fixture.operatorToken)) {
                #expect(String(buffer: $0.body).contains("href=\"/review\""))
            }
        }
        #expect(try decision() == nil)
        #expect(previews.objects.isEmpty, "no image was made for an auditor")
    }

    @Test func anOperatorSeesTheQueueTheDocumentsTextItsPageImagesAndTheForm() async throws {
        let fixture = fixture
        let previews = previews
        try await withServer { client in
            try await client.execute(uri: "/review", method: .get, headers: bearer(fixture.operatorToken)) { response in
                let page = String(buffer: response.body)
                #expect(response.status == .ok)
                #expect(page.contains("href=\"\(Self.document)\""))
                #expect(page.contains("probability 0.72 is below 0.90"), "why it waits")
                #expect(!page.contains("residence-application"), "only what waits is listed")
            }
            try await client.execute(uri: Self.document, method: .get, headers: bearer(fixture.operatorToken)) { response in
                let page = String(buffer: response.body)
                #expect(page.contains("Zeltkalns"), "the document's text")
                #expect(!page.contains("decided by nil") && !page.contains(">nil<"), "a missing value shows nothing")
                #expect(!page.contains("id=\"flash\""), "nothing was recorded yet")
                #expect(page.contains("<img src=\"\(Self.document)/pages/1\""))
                #expect(page.contains("<form class=\"decide\" method=\"post\" action=\"\(Self.document)\""))
            }
            try await client.execute(uri: Self.document + "/pages/1", method: .get, headers: bearer(fixture.operatorToken)) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "image/png")
                #expect(Array(buffer: response.body) == RecordingPreviews.png)
            }
            try await client.execute(uri: Self.document + "/pages/9", method: .get, headers: bearer(fixture.operatorToken)) {
                #expect($0.status == .notFound)
            }
        }
        // The image made is the page's normalised image as the catalog records it, never a path from the request.
        let contents = try #require(try fixture.catalog.contents(of: FileID(validating: "PF-2019-004512")!))
        let image = contents.documents.first { $0.name == "neighbour-letter" }?.pages.first?.outputs["image"]
        #expect(previews.objects == [try #require(image).hash])
    }

    @Test func aDecisionNeedsTheOperatorsOwnFormTokenAndASameSitePost() async throws {
        let fixture = fixture
        try await withServer { client in
            let token = try await formToken(client)
            let refused: [([(String, String)], HTTPFields)] = [
                ([("class", "asylum")], [:]),
                ([("csrf", "bm90LWEtdG9rZW4="), ("class", "asylum")], [:]),
                ([("csrf", token), ("class", "asylum")], [HTTPField.Name("Sec-Fetch-Site")!: "cross-site"]),
                ([("csrf", token), ("class", "asylum")], [HTTPField.Name("Origin")!: "http://elsewhere.example"]),
            ]
            for (fields, extra) in refused {
                let (headers, body) = post(fields, token: fixture.operatorToken, extra: extra)
                try await client.execute(uri: Self.document, method: .post, headers: headers, body: body) { response in
                    #expect(response.status == .forbidden, "\(fields) \(extra)")
                }
            }
            #expect(try decision() == nil, "nothing recorded by a refused post")

            for fields in [
                [("csrf", token)], [("csrf", token), ("class", "maybe")],
                [("csrf", token), ("class", "personal-file"), ("kind", "appeal")],
            ] {
                let (headers, body) = post(fields, token: fixture.operatorToken)
                try await client.execute(uri: Self.document, method: .post, headers: headers, body: body) {
                    #expect($0.status == .badRequest, "\(fields)")
                }
            }

            let (headers, body) = post(
                [("csrf", token), ("class", "personal-file"), ("kind", "address-declaration"), ("note", "a neighbour's letter")],
                token: fixture.operatorToken, extra: [HTTPField.Name("Sec-Fetch-Site")!: "same-origin"])
            let location = try await client.execute(uri: Self.document, method: .post, headers: headers, body: body) { response in
                #expect(response.status == .seeOther)
                return response.headers[.location] ?? ""
            }
            #expect(location.hasPrefix("/review?decided="))
            // Where the browser is sent next: the queue, with what was recorded.
            try await client.execute(uri: location, method: .get, headers: bearer(fixture.operatorToken)) { response in
                let page = String(buffer: response.body)
                #expect(page.contains("id=\"flash\"") && page.contains("decided by operator1"))
                #expect(!page.contains("href=\"\(Self.document)\""), "it left the queue")
            }
        }
        let decided = try #require(try decision())
        #expect(decided.person == "operator1", "recorded under the operator's own name")
        #expect(decided.documentClass == .personalFile && decided.kind == .addressDeclaration && decided.note == "a neighbour's letter")
        #expect(decided.modelClass == .personalFile && decided.modelProbability == 0.72)
        let events = try fixture.catalog.events(forFile: FileID(validating: "PF-2019-004512")!)
        #expect(events.contains { $0.kind == .classification && $0.person == "operator1" && $0.document == "neighbour-letter" })
        #expect(log.lines.contains { $0.hasPrefix("decision: PF-2019-004512 neighbour-letter") && $0.hasSuffix("(user=operator1)") })
    }

    @Test func aDecisionWhileARunWritesIsRefusedAndSaysSo() async throws {
        let fixture = fixture
        try await withServer(desk: BusyDesk(queue: try fixture.catalog.reviewQueue())) { client in
            let token = try await formToken(client)
            let (headers, body) = post([("csrf", token), ("class", "asylum")], token: fixture.operatorToken)
            try await client.execute(uri: Self.document, method: .post, headers: headers, body: body) { response in
                #expect(response.status == .conflict)
                #expect(String(buffer: response.body).contains("decide again when it has finished"))
            }
        }
        #expect(try decision() == nil)
    }
}
