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

/// One source file of a document, stored bit-exact.
public struct IngestedSource: Sendable {
    /// Path relative to the personal file's folder in the inbox.
    public let relativePath: String
    public let object: StoredObject
    /// The sniffed format, or nil when the bytes are not an image we read.
    public let format: ImageFormat?
    /// Either the page headers (each possibly failed), or why the file as a whole could not be read.
    public let pages: Result<[Result<PageHeader, DecodeError>], DecodeError>

    public init(
        relativePath: String, object: StoredObject, format: ImageFormat?,
        pages: Result<[Result<PageHeader, DecodeError>], DecodeError>
    ) {
        self.relativePath = relativePath
        self.object = object
        self.format = format
        self.pages = pages
    }
}
