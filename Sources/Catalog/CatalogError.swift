/// What the SQLite catalog refuses beyond a query (`ArchiveQueryError`), in words people can act on.
public enum CatalogError: Error, CustomStringConvertible, Equatable {
    /// The archive has no catalog (nothing was ever run into it).
    case noCatalog(String)
    /// An outcome names a page the catalog does not have (a bug: outcomes come from the catalog's own jobs).
    case noSuchPage(Int64)
    /// The disk holding the catalog is full; the transaction was rolled back.
    case diskFull(path: String)

    public var description: String {
        switch self {
        case .noSuchPage(let id): "the catalog has no page \(id)"
        case .diskFull(let path):
            "the disk holding the catalog \(path) is full: free space on it (`df -h \(path)`), then run again: the run resumes where it stopped"
        case .noCatalog(let path): "no catalog at \(path): run `digitise run INBOX --archive DIR` first, or give the right --archive"
        }
    }
}
