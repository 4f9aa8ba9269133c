import DigitiseCore

/// A caller the auth file knows.
public struct Access: Sendable, Equatable {
    public let name: String
    public let role: AccessRole

    public init(name: String, role: AccessRole) {
        self.name = name
        self.role = role
    }

    /// Whether this caller may read a document's text and identifiers: operators always, others as `policy` opens it.
    public func mayRead(_ document: DocumentRecord, under policy: DisclosurePolicy) -> Bool {
        role == .operator || policy.isOpen(document)
    }
}
