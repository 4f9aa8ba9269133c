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
