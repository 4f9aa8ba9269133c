/// One failure as a summary lists it.
public struct FailureLine: Sendable, Equatable, Codable {
    /// What failed: `FILE-ID/DOC page N`, or an inbox path.
    public let subject: String
    public let stage: String
    public let code: String
    public let message: String

    public init(subject: String, stage: String, code: String, message: String) {
        self.subject = subject
        self.stage = stage
        self.code = code
        self.message = message
    }
}
