/// Why the tests' PostgreSQL server could not be had.
public enum PostgresServerError: Error, CustomStringConvertible {
    case cannotStart(String)
    case failed(String)

    public var description: String {
        switch self {
        case .cannotStart(let why): "the tests' PostgreSQL server did not start: \(why)"
        case .failed(let why): why
        }
    }
}
