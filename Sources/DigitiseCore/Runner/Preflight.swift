/// What a run would find wrong with an inbox before reading a single page: entries that cannot become documents,
/// and files or pages whose bytes or headers are unusable. `digitise check` prints it; `run` prints it up front.
public struct PreflightReport: Sendable, Equatable, Encodable {
    public let inbox: String
    public let files: Int
    public let documents: Int
    public let pages: Int
    public let problems: [PreflightProblem]

    public init(inbox: String, files: Int, documents: Int, pages: Int, problems: [PreflightProblem]) {
        self.inbox = inbox
        self.files = files
        self.documents = documents
        self.pages = pages
        self.problems = problems
    }

    /// Problems that lose content (a skipped hidden file is a notice, not a failure).
    public var failures: [PreflightProblem] { problems.filter(\.isFailure) }
}

/// One problem: the inbox path (with a page number for one page of a multi-page file), a stable code, the reason.
public struct PreflightProblem: Sendable, Equatable, Encodable {
    public let path: String
    public let page: Int?
    public let code: String
    public let message: String
    public let isFailure: Bool

    public init(path: String, page: Int? = nil, code: String, message: String, isFailure: Bool = true) {
        self.path = path
        self.page = page
        self.code = code
        self.message = message
        self.isFailure = isFailure
    }

    enum CodingKeys: String, CodingKey {
        case path, page, code, message
        case isFailure = "is_failure"
    }

    /// An inbox entry that could not become a document, as a preflight problem.
    public init(_ problem: InboxProblem) {
        self.init(path: problem.path, code: problem.code, message: problem.message, isFailure: problem.isFailure)
    }

    /// The problems of one source file's headers (none when every page is readable).
    static func of(_ pages: SourcePages, path: String) -> [PreflightProblem] {
        switch pages {
        case .failure(let error):
            return [PreflightProblem(path: path, code: error.failure(at: .ingest).code, message: error.description)]
        case .success(let headers):
            return headers.enumerated().compactMap { index, header in
                guard case .failure(let error) = header else { return nil }
                return PreflightProblem(
                    path: path, page: headers.count > 1 ? index + 1 : nil, code: error.failure(at: .ingest).code, message: error.description
                )
            }
        }
    }
}

/// Checks an inbox in place: reads every file's header, stores nothing, writes nothing.
public struct Preflight: Sendable {
    let inspector: SourceInspector

    public init(decoder: any PageImageDecoder, limits: DecodeLimits) {
        inspector = SourceInspector(decoder: decoder, limits: limits)
    }

    /// - Throws: `InboxScanner.ScanError` when the inbox itself cannot be read.
    public func check(inbox: String) throws -> PreflightReport {
        let scan = try InboxScanner().scan(inbox: inbox)
        var problems = scan.problems.map(PreflightProblem.init)
        var documents = 0
        var pages = 0
        for file in scan.files {
            for document in file.documents {
                documents += 1
                for (path, relative) in zip(document.sources, document.relativePaths) {
                    let found = inspector.inspect(fileAt: path, relative: relative)
                    pages += found.pages.pageCount
                    problems += PreflightProblem.of(found.pages, path: "\(file.id)/\(relative)")
                }
            }
        }
        return PreflightReport(inbox: inbox, files: scan.files.count, documents: documents, pages: pages, problems: problems)
    }
}
