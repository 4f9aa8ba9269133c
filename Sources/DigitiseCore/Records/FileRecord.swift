/// One personal file as `digitise show` presents it: the `--format json` contract of DESIGN.md.
public struct FileRecord: Sendable, Equatable, Codable {
    public let file: String
    /// The roll-up: any current document of the file is classified asylum (the whole file is then restricted).
    public let holdsAsylum: Bool
    public let documents: [DocumentRecord]

    public init(file: String, holdsAsylum: Bool = false, documents: [DocumentRecord]) {
        self.file = file
        self.holdsAsylum = holdsAsylum
        self.documents = documents
    }

    enum CodingKeys: String, CodingKey {
        case file, documents
        case holdsAsylum = "holds_asylum"
    }
}
