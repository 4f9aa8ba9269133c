/// What the review desk refuses, in words people can act on.
public enum ReviewDeskError: Error, Equatable, CustomStringConvertible {
    case noSuchDocument(file: FileID, document: String)
    /// Another writer (a run) holds the archive: the decision was not recorded and can be made again after it.
    case archiveBusy(String)

    public var description: String {
        switch self {
        case .noSuchDocument(let file, let document):
            "the archive has no current document \(document) in \(file) (digitise show \(file) lists its documents)"
        case .archiveBusy(let why):
            "the decision was not recorded: \(why); decide again when it has finished"
        }
    }
}
