/// Who may see what. Auditors see counts, metadata and the text of documents classified `personal-file`;
/// the text, snippets and identifiers of asylum documents (and of documents not yet classified: fail closed)
/// reach operators only.
public enum AccessRole: String, Sendable, Codable, CaseIterable {
    case auditor
    case `operator`

    /// Whether this role may read the text of a document of this class.
    public func mayRead(documentClass: String?) -> Bool {
        self == .operator || documentClass == "personal-file"
    }
}
