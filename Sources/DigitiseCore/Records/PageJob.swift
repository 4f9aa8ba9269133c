/// A page that waits for work, with what a worker needs to find its pixels.
public struct PageJob: Sendable, Equatable {
    public let pageID: Int64
    public let fileID: FileID
    public let documentName: String
    /// 1-based position in the document.
    public let number: Int
    public let sourceObject: ObjectHash
    /// 0-based page within the source file.
    public let sourcePage: Int

    public init(pageID: Int64, fileID: FileID, documentName: String, number: Int, sourceObject: ObjectHash, sourcePage: Int) {
        self.pageID = pageID
        self.fileID = fileID
        self.documentName = documentName
        self.number = number
        self.sourceObject = sourceObject
        self.sourcePage = sourcePage
    }

    /// How people name this page in messages.
    public var label: String { "\(fileID)/\(documentName) page \(number)" }
}
