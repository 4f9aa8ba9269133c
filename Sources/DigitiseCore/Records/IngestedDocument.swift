/// A document after ingest: its sources stored and their page headers read.
public struct IngestedDocument: Sendable {
    public let fileID: FileID
    /// The document's name in the inbox: the image file's or the folder's name.
    public let name: String
    public let sources: [IngestedSource]

    public init(fileID: FileID, name: String, sources: [IngestedSource]) {
        self.fileID = fileID
        self.name = name
        self.sources = sources
    }
}
