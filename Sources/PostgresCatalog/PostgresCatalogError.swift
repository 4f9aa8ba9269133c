/// What can go wrong with a PostgreSQL catalog, in words that say what to do next.
public enum PostgresCatalogError: Error, Equatable, CustomStringConvertible {
    /// The server could not be reached or refused the login.
    case unreachable(String, reason: String)
    /// A statement failed on the server (with its SQLSTATE, when it sent one).
    case statement(reason: String, code: String?)
    /// The database's character type is not UTF-8: PostgreSQL would fold neither Latvian nor Cyrillic letters.
    case notUTF8(database: String, ctype: String)
    /// The database's schema is older than this program's: `digitise catalog migrate` brings it forward.
    case needsMigration(database: String, at: Int, wanted: Int)
    /// The database was migrated by a newer program than this one.
    case newerSchema(database: String, at: Int, known: Int)
    case closed

    /// A deadlock or serialisation failure: the server aborted the transaction, and running it again is right.
    var isTransient: Bool {
        if case .statement(_, let code) = self { return code == "40P01" || code == "40001" }
        return false
    }

    public var description: String {
        switch self {
        case .unreachable(let location, let reason):
            "cannot reach the catalog at \(location): \(reason); check the address, that the server runs and that it accepts this user"
        case .statement(let reason, let code):
            "the catalog's server refused a statement: \(reason)" + (code.map { " [SQLSTATE \($0)]" } ?? "")
        case .notUTF8(let database, let ctype):
            "the database \(database) has LC_CTYPE \(ctype), not UTF-8: Latvian and Cyrillic letters would not fold; "
                + "create it with ENCODING 'UTF8' LC_CTYPE 'C.UTF-8' (or another UTF-8 locale)"
        case .needsMigration(let database, let at, let wanted):
            "the catalog \(database) is at schema version \(at), this program needs \(wanted): run `digitise catalog migrate --catalog URL`"
        case .newerSchema(let database, let at, let known):
            "the catalog \(database) is at schema version \(at), newer than this program knows (\(known)): use a newer digitise"
        case .closed: "the catalog's connection is closed"
        }
    }
}
