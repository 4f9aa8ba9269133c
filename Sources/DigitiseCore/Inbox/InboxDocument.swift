/// One document: a single image file, or a folder of page images in natural order.
public struct InboxDocument: Sendable, Equatable {
    public let name: String
    /// Absolute paths of the source files, in page order.
    public let sources: [String]
    /// The same paths relative to the personal file's folder.
    public let relativePaths: [String]

    public init(name: String, sources: [String], relativePaths: [String]) {
        self.name = name
        self.sources = sources
        self.relativePaths = relativePaths
    }
}
