/// What a read of the catalog refuses, in words people can act on; every catalog implementation throws these.
public enum ArchiveQueryError: Error, CustomStringConvertible, Equatable {
    /// The search text cannot be read as a query.
    case badQuery(String)
    /// A read ran past the catalog's deadline and was interrupted (a query too broad for a busy server).
    case timedOut(seconds: Double)
    /// Search by stems was asked of a catalog that indexes whole words only.
    case noStems

    public var description: String {
        switch self {
        case .badQuery(let why): "cannot search for that: \(why). Search for words, `prefix*`, or \"a phrase\"."
        case .timedOut(let seconds):
            "the catalog query took longer than \(seconds) s and was stopped: narrow it (fewer words, --since, --batch)"
        case .noStems:
            "this catalog matches whole words only; search by stems needs a catalog on PostgreSQL (--catalog). Here, end a word with * to match its forms by prefix (документ*, applicat*)."
        }
    }
}
