/// The two labels the archive keeps apart: asylum documentation is restricted and kept under other rules.
public enum DocumentClass: String, Sendable, Codable, CaseIterable {
    case asylum
    case personalFile = "personal-file"
}
