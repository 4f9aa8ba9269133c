/// Everything the archive holds for one personal file's current documents: what an export packs.
public struct FileContents: Sendable, Equatable {
    public let record: FileRecord
    public let documents: [DocumentContents]

    public init(record: FileRecord, documents: [DocumentContents]) {
        self.record = record
        self.documents = documents
    }
}
