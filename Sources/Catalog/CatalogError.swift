/// What the catalog refuses, in words people can act on.
public enum CatalogError: Error, CustomStringConvertible, Equatable {
    /// The search text cannot be read as a query.
    case badQuery(String)
    /// The archive has no catalog (nothing was ever run into it).
    case noCatalog(String)
    /// An outcome names a page the catalog does not have (a bug: outcomes come from the catalog's own jobs).
    case noSuchPage(Int64)
    /// The disk holding the catalog is full; the transaction was rolled back.
    case diskFull(path: String)
    /// A read ran past the catalog's deadline and was interrupted (a query too broad for a busy server).
    case timedOut(seconds: Double)

    public var description: String {
        switch self {
        case .badQuery(let why): "cannot search for that: \(why). Search for words, `prefix*`, or \"a phrase\"."
        case .noSuchPage(let id): "the catalog has no page \(id)"
        case .diskFull(let path):
            "the disk holding the catalog \(path) is full: free space on it (`df -h \(path)`), then run again: the run resumes where it stopped"
        case .timedOut(let seconds):
            "the catalog query took longer than \(seconds) s and was stopped: narrow it (fewer words, --since, --batch)"
        case .noCatalog(let path): "no catalog at \(path): run `digitise run INBOX --archive DIR` first, or give the right --archive"
        }
    }
}
