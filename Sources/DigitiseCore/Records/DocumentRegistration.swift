/// The catalog's answer to registering a document.
public struct DocumentRegistration: Sendable, Equatable {
    public let documentID: Int64
    public let version: Int
    /// True when this registration created a new version (first sight, or changed sources).
    public let isNewVersion: Bool

    public init(documentID: Int64, version: Int, isNewVersion: Bool) {
        self.documentID = documentID
        self.version = version
        self.isNewVersion = isNewVersion
    }
}
