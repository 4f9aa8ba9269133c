/// An inbox entry that could not become a document, and why.
public struct InboxProblem: Sendable, Equatable, Codable {
    /// Path relative to the inbox.
    public let path: String
    /// Stable reason code: `inbox.bad-file-id`, `inbox.symlink-outside`, `inbox.hidden`, ...
    public let code: String
    public let message: String
    /// Whether the entry's content is lost to the archive (makes the run partial) or merely skipped on purpose.
    public let isFailure: Bool

    public init(path: String, code: String, message: String, isFailure: Bool = true) {
        self.path = path
        self.code = code
        self.message = message
        self.isFailure = isFailure
    }
}
