import DigitiseCore
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import ReportRendering

/// `digitise serve`: the auditors' dashboard, every report as HTML, JSON and CSV, the printable report, files and
/// search, behind tokens with roles; and the operators' review desk, the one place it writes.
///
/// No route takes a filesystem path: files are found by validated IDs in the catalog, documents by name within
/// their file, and nothing is served from disk.
public struct ReportServer: Sendable {
    let catalog: any ArchiveReader
    let auth: any TokenAuthority
    let target: Int
    /// Which documents' text and identifiers auditors may read.
    let disclosure: DisclosurePolicy
    /// Behind TLS: the token's cookie is marked `Secure`.
    let secureCookies: Bool
    let log: @Sendable (String) -> Void
    /// The catalog reads and page rendering, off the event loops.
    let reads: ReadPool
    /// The operators' review desk (nil: the server has none, and its routes answer 404).
    let desk: (any ReviewDesk)?
    /// Page images for the desk, from the object store.
    let previews: (any PagePreviewing)?
    let csrf = CSRFGuard()

    public init(
        catalog: any ArchiveReader, auth: any TokenAuthority, target: Int = 16_000, disclosure: DisclosurePolicy = .nightly,
        secureCookies: Bool = false, desk: (any ReviewDesk)? = nil, previews: (any PagePreviewing)? = nil,
        log: @escaping @Sendable (String) -> Void
    ) {
        self.desk = desk
        self.previews = previews
        self.catalog = catalog
        self.auth = auth
        self.target = target
        self.disclosure = disclosure
        self.secureCookies = secureCookies
        self.log = log
        reads = Self.sharedReads
    }

    /// The process's read threads (one pool, however many servers a test makes): SQLite reads in WAL mode run side
    /// by side, one per connection; twice the cores, so a read waiting on the disk leaves a core to another.
    static let sharedReads = ReadPool(threads: max(2, min(8, ProcessInfo.processInfo.activeProcessorCount * 2)), maxWaiting: 512)

    public func router() -> Router<ServerContext> {
        let router = Router(context: ServerContext.self)
        router.add(middleware: AuthMiddleware(auth: auth, secureCookies: secureCookies, log: log))
        router.get("/health") { _, _ in "ok" }
        router.get("/") { request, context in try await reads.run { try self.dashboard(request, context) } }
        router.get("/reports/:name") { request, context in try await reads.run { try self.report(request, context) } }
        router.get("/print") { request, context in try await reads.run { try self.printable(request, context) } }
        router.get("/files/:id") { request, context in try await reads.run { try self.file(request, context) } }
        router.get("/files/:id/documents/:document/text") { request, context in
            try await reads.run { try self.text(request, context) }
        }
        router.get("/search") { request, context in try await reads.run { try self.search(request, context) } }
        router.get("/review") { request, context in try await reads.run { try self.reviewQueue(request, context) } }
        router.get("/review/:id/:document") { request, context in try await reads.run { try self.reviewDocument(request, context) } }
        router.get("/review/:id/:document/pages/:number") { request, context in
            try await reads.run { try self.pagePreview(request, context) }
        }
        router.post("/review/:id/:document") { request, context in
            let form = try await self.decisionForm(request, context)
            return try await reads.run { try self.decide(request, context, form: form) }
        }
        return router
    }

    public func application(host: String, port: Int, logger: Logger) -> some ApplicationProtocol {
        Application(router: router(), configuration: .init(address: .hostname(host, port: port), serverName: "digitise"), logger: logger)
    }

    // MARK: Routes

    func filter(_ request: Request) throws -> ReportFilter {
        let q = request.uri.queryParameters
        func day(_ name: String) throws -> String? {
            guard let value = q.get(name), !value.isEmpty else { return nil }
            guard value.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) != nil else {
                throw HTTPError(.badRequest, message: "\(name) takes YYYY-MM-DD")
            }
            return value
        }
        var batch: Int64?
        if let value = q.get("batch"), !value.isEmpty {
            guard let id = Int64(value) else { throw HTTPError(.badRequest, message: "batch takes a number") }
            batch = id
        }
        let target = q.get("target").flatMap(Int.init) ?? self.target
        return ReportFilter(since: try day("since"), until: try day("until"), batch: batch, target: target)
    }

    func dashboard(_ request: Request, _ context: ServerContext) throws -> Response {
        let access = try context.access.orThrow()
        let filter = try filter(request)
        let reports = try [ReportKind.progress, .failures, .review].map { try catalog.report($0, filter: filter) }
        return HTMLResponse.page(Pages.dashboard(reports, access: access))
    }

    func report(_ request: Request, _ context: ServerContext) throws -> Response {
        let access = try context.access.orThrow()
        let name = context.parameters.get("name") ?? ""
        let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
        guard let kind = ReportKind(rawValue: parts.first ?? "") else {
            throw HTTPError(
                .notFound, message: "no report '\(name)'; reports: \(ReportKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let report = try catalog.report(kind, filter: try filter(request))
        switch parts.count > 1 ? parts[1] : "html" {
        case "json":
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            return Response(
                status: .ok, headers: [.contentType: "application/json"],
                body: .init(byteBuffer: ByteBuffer(bytes: try encoder.encode(report))))
        case "csv":
            let table = request.uri.queryParameters.get("table")
            if let table, report.table(table) == nil {
                throw HTTPError(.notFound, message: "the \(kind.rawValue) report has no table '\(table)'")
            }
            return Response(
                status: .ok,
                headers: [.contentType: "text/csv; charset=utf-8", .contentDisposition: "attachment; filename=\"\(kind.rawValue).csv\""],
                body: .init(byteBuffer: ByteBuffer(string: ReportCSV.render(report, table: table))))
        case "html":
            return HTMLResponse.page(Pages.page(title: "\(report.title) — digitise", body: Pages.reportBody(report), access: access))
        default:
            throw HTTPError(.notFound, message: "reports come as .json, .csv or HTML")
        }
    }

    func printable(_ request: Request, _ context: ServerContext) throws -> Response {
        let access = try context.access.orThrow()
        let filter = try filter(request)
        return HTMLResponse.page(Pages.printable(try ReportKind.allCases.map { try catalog.report($0, filter: filter) }, access: access))
    }

    func fileRecord(_ context: ServerContext) throws -> FileRecord {
        guard let raw = context.parameters.get("id"), let id = FileID(validating: raw) else {
            throw HTTPError(.badRequest, message: "not a file ID")
        }
        guard let record = try catalog.fileRecord(id) else { throw HTTPError(.notFound, message: "no personal file \(raw)") }
        return record
    }

    func file(_ request: Request, _ context: ServerContext) throws -> Response {
        let access = try context.access.orThrow()
        return HTMLResponse.page(Pages.file(try fileRecord(context), access: access, policy: disclosure))
    }

    /// A document's plain text. A document the caller may not read is answered as one that does not exist: its
    /// existence is not for them either.
    func text(_ request: Request, _ context: ServerContext) throws -> Response {
        let access = try context.access.orThrow()
        let record = try fileRecord(context)
        guard let name = context.parameters.get("document"),
            let document = record.documents.first(where: { $0.name == name && access.mayRead($0, under: disclosure) })
        else {
            throw HTTPError(.notFound, message: "no such document in \(record.file)")
        }
        let text = document.pages.map { "— page \($0.number) —\n\($0.text ?? "")" }.joined(separator: "\n\n")
        return Response(
            status: .ok, headers: [.contentType: "text/plain; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    func search(_ request: Request, _ context: ServerContext) throws -> Response {
        let access = try context.access.orThrow()
        let query = request.uri.queryParameters.get("q") ?? ""
        guard !query.trimmingCharacters(in: .whitespaces).isEmpty else {
            return HTMLResponse.page(Pages.search("", hits: [], access: access))
        }
        do {
            // An auditor's search matches only what they may read: the rest is not listed, counted or hinted at.
            let search = SearchQuery(text: query, limit: 50, openUnder: access.role == .operator ? nil : disclosure)
            return HTMLResponse.page(Pages.search(query, hits: try catalog.search(search), access: access))
        } catch let error as ArchiveQueryError {
            guard case .badQuery = error else { throw error }
            throw HTTPError(.badRequest, message: error.description)
        }
    }
}

extension Optional where Wrapped == Access {
    /// The middleware admits no request without access; a route reached without it is a wiring error: refuse.
    func orThrow() throws -> Access {
        guard let self else { throw HTTPError(.unauthorized) }
        return self
    }
}
