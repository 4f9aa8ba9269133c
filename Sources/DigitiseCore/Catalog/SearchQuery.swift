/// A full-text search as people type it.
public struct SearchQuery: Sendable, Equatable {
    /// Words to find; diacritics and case do not matter; `word*` matches a prefix; `"two words"` a phrase.
    public let text: String
    public let fileID: FileID?
    /// Only documents ingested on or after this day (`YYYY-MM-DD`).
    public let since: String?
    /// Only documents of this class (`asylum`, `personal-file`), as the classify stage labelled them.
    public let documentClass: String?
    /// Only documents in which the classify stage found this identifier (a personal code, a passport number).
    public let identifier: Identifier?
    public let limit: Int

    public init(
        text: String, fileID: FileID? = nil, since: String? = nil, documentClass: String? = nil, identifier: Identifier? = nil,
        limit: Int = 20
    ) {
        self.text = text
        self.identifier = identifier
        self.fileID = fileID
        self.since = since
        self.documentClass = documentClass
        self.limit = limit
    }
}

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
