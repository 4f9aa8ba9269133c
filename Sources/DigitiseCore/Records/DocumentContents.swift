/// A document's stored originals and each page's derivatives.
public struct DocumentContents: Sendable, Equatable {
    public struct Source: Sendable, Equatable {
        public let relativePath: String
        public let object: StoredObject

        public init(relativePath: String, object: StoredObject) {
            self.relativePath = relativePath
            self.object = object
        }
    }

    public struct Page: Sendable, Equatable {
        public let number: Int
        /// By role: `image` (normalised), `text`, `hocr`, `alto`.
        public let outputs: [String: StoredObject]

        public init(number: Int, outputs: [String: StoredObject]) {
            self.number = number
            self.outputs = outputs
        }
    }

    public let name: String
    public let version: Int
    public let sources: [Source]
    public let pages: [Page]

    public init(name: String, version: Int, sources: [Source], pages: [Page]) {
        self.name = name
        self.version = version
        self.sources = sources
        self.pages = pages
    }
}
