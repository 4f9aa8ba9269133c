/// A page that matched a search.
public struct SearchHit: Sendable, Equatable, Codable {
    public let fileID: String
    public let document: String
    public let page: Int
    /// Text around the match, with the matched words between « and ».
    public let snippet: String
    /// The document's class, when the classify stage has decided one (who may read the snippet depends on it).
    public let documentClass: String?

    public init(fileID: String, document: String, page: Int, snippet: String, documentClass: String? = nil) {
        self.fileID = fileID
        self.document = document
        self.page = page
        self.snippet = snippet
        self.documentClass = documentClass
    }

    enum CodingKeys: String, CodingKey {
        case fileID = "file", document, page, snippet
        case documentClass = "class"
    }
}
