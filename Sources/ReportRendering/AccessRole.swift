/// Who may see what. Operators see everything. Auditors see counts and metadata, and the text and identifiers of a
/// document only when the server's `DisclosurePolicy` opens it (confidently personal-file, classified from its
/// current text, not in review); everything else is closed to them, and search does not even count it.
public enum AccessRole: String, Sendable, Codable, CaseIterable {
    case auditor
    case `operator`
}
