/// Why a bag could not be exported; each says what to do next.
public enum ExportError: Error, CustomStringConvertible, Equatable {
    case unknownFile(String)
    case notEmpty(String)
    case cannotWrite(String)
    case damaged(String)

    public var description: String {
        switch self {
        case .unknownFile(let id): "the archive has no personal file \(id)"
        case .notEmpty(let path): "\(path) exists and is not empty; give a new folder for the bag"
        case .cannotWrite(let path): "cannot write \(path)"
        case .damaged(let hash): "object \(hash) no longer matches its hash; run `digitise verify` and restore it before exporting"
        }
    }
}
