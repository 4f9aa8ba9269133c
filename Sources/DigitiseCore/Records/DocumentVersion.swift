/// One version of a document, current or not, as reprocessing compares them.
public struct DocumentVersion: Sendable, Equatable {
    public let name: String
    public let version: Int
    public let status: String
    public let documentClass: String?
    public let probability: Double?
    public let pages: [TextPage]

    public init(name: String, version: Int, status: String, documentClass: String?, probability: Double?, pages: [TextPage]) {
        self.name = name
        self.version = version
        self.status = status
        self.documentClass = documentClass
        self.probability = probability
        self.pages = pages
    }
}
