/// Why an inbox as a whole cannot be read (a bad entry in it is an `InboxProblem`, not an error).
public enum InboxReadError: Error, CustomStringConvertible {
    case notADirectory(String)

    public var description: String {
        switch self {
        case .notADirectory(let path):
            "the inbox \(path) does not exist or is not a folder; give the folder the scanners fill"
        }
    }
}
