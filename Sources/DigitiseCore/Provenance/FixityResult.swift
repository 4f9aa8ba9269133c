/// What re-hashing one stored object found.
public enum FixityResult: Sendable, Equatable {
    case intact
    case missing
    /// The bytes no longer hash to the object's name.
    case corrupted(actual: ObjectHash)
    case unreadable(String)

    public var isIntact: Bool { self == .intact }

    public var description: String {
        switch self {
        case .intact: "intact"
        case .missing: "missing from the store"
        case .corrupted(let actual): "corrupted: its bytes now hash to \(actual.hex)"
        case .unreadable(let why): "unreadable: \(why)"
        }
    }
}
