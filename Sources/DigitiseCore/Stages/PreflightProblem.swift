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
