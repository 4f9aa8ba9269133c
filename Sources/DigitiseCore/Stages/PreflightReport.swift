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
