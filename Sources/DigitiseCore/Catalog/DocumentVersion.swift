/// One version of a document, current or not, as reprocessing compares them.
public struct DocumentVersion: Sendable, Equatable {
    public let name: String
    public let version: Int
    public let status: String
    public let documentClass: String?
    public let probability: Double?
    public let pages: [Page]

    public struct Page: Sendable, Equatable {
        public let number: Int
        public let status: PageStatus
        /// The page's text object, when it was read.
        public let text: ObjectHash?

        public init(number: Int, status: PageStatus, text: ObjectHash?) {
            self.number = number
            self.status = status
            self.text = text
        }
    }

    public init(name: String, version: Int, status: String, documentClass: String?, probability: Double?, pages: [Page]) {
        self.name = name
        self.version = version
        self.status = status
        self.documentClass = documentClass
        self.probability = probability
        self.pages = pages
    }
}
