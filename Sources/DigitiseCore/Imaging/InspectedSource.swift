/// What a source file is, read without decoding its pixels: its format (from the bytes) and each page's header.
public struct InspectedSource: Sendable, Equatable {
    public let format: ImageFormat
    /// One entry per page, in file order; a page whose header is bad is a `.failure`.
    public let pages: [Result<PageHeader, DecodeError>]

    public init(format: ImageFormat, pages: [Result<PageHeader, DecodeError>]) {
        self.format = format
        self.pages = pages
    }
}
