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
    /// Only documents this policy opens (an auditor's search): the others are not matched, listed or counted.
    public let openUnder: DisclosurePolicy?
    /// Words match every form sharing their Russian or English stem (`документ` finds `документов`, `application` finds
    /// `applications`), not only themselves. Only a catalog with a stemming index has it (PostgreSQL); the others
    /// refuse it (`ArchiveQueryError.noStems`).
    public let stemmed: Bool

    public init(
        text: String, fileID: FileID? = nil, since: String? = nil, documentClass: String? = nil, identifier: Identifier? = nil,
        limit: Int = 20, openUnder: DisclosurePolicy? = nil, stemmed: Bool = false
    ) {
        self.stemmed = stemmed
        self.openUnder = openUnder
        self.text = text
        self.identifier = identifier
        self.fileID = fileID
        self.since = since
        self.documentClass = documentClass
        self.limit = limit
    }
}
