import DigitiseCore

/// The metadata JSON of one document in a bag.
struct DocumentMetadata: Codable {
    struct Source: Codable {
        let path: String
        let sha256: String
    }

    let file: String
    let document: DocumentRecord?
    let sources: [Source]
    let events: [ArchiveEvent]
}
