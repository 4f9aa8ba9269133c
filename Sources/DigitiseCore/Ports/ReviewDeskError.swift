/// What the review desk refuses, in words people can act on.
public enum ReviewDeskError: Error, Equatable, CustomStringConvertible {
    case noSuchDocument(file: FileID, document: String)

    public var description: String {
        switch self {
        case .noSuchDocument(let file, let document):
            "the archive has no current document \(document) in \(file) (digitise show \(file) lists its documents)"
        }
    }
}
