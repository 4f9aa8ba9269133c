/// A document ready for the classify stage (no page waits), with what its current classification came from.
public struct DocumentText: Sendable, Equatable {
    public let documentID: Int64
    public let fileID: FileID
    public let name: String
    /// The derivation key of the document's current classification, if it has one.
    public let classifyKey: String?
    public let pages: [TextPage]

    public init(documentID: Int64, fileID: FileID, name: String, classifyKey: String?, pages: [TextPage]) {
        self.documentID = documentID
        self.fileID = fileID
        self.name = name
        self.classifyKey = classifyKey
        self.pages = pages
    }
}
