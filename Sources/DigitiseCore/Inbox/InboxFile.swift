/// A personal file's folder in the inbox.
public struct InboxFile: Sendable, Equatable {
    public let id: FileID
    public let documents: [InboxDocument]

    public init(id: FileID, documents: [InboxDocument]) {
        self.id = id
        self.documents = documents
    }
}
