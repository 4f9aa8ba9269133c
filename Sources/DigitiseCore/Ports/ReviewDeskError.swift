/// What the review desk refuses, in words people can act on.
public enum ReviewDeskError: Error, Equatable, CustomStringConvertible {
    case noSuchDocument(file: FileID, document: String)
    case noSuchPage(file: FileID, document: String, page: Int)
    /// Only a page without text (unreadable or failed) is marked or transcribed.
    case pageNotMarkable(file: FileID, document: String, page: Int, status: PageStatus)
    /// Another writer (a run) holds the archive: the decision was not recorded and can be made again after it.
    case archiveBusy(String)

    public var description: String {
        switch self {
        case .noSuchDocument(let file, let document):
            "the archive has no current document \(document) in \(file) (digitise show \(file) lists its documents)"
        case .noSuchPage(let file, let document, let page):
            "the archive has no page \(page) in the current document \(document) of \(file) (digitise show \(file) lists its pages)"
        case .pageNotMarkable(let file, let document, let page, let status):
            "page \(page) of \(document) in \(file) is \(status.rawValue): only a page without text (unreadable or failed) is marked or transcribed"
        case .archiveBusy(let why):
            "the decision was not recorded: \(why); decide again when it has finished"
        }
    }
}
