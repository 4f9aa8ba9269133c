/// An inbox file the store would not take in: not a regular file any more, larger than a source may be, or gone.
/// The file's fault, not the archive's: it becomes an inbox problem with this code and message, and the run goes on.
public struct SourceRefused: Error, Sendable, Equatable, CustomStringConvertible {
    /// `inbox.not-a-file`, `inbox.too-large`, `inbox.unreadable`.
    public let code: String
    public let message: String

    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
