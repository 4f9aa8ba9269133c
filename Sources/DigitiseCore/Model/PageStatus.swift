/// Where a page stands. Every page ends in `done`, `blank` or `failed`; `pending` means work remains.
public enum PageStatus: String, Sendable, Codable {
    case pending, done, blank, failed

    public var isFinal: Bool { self != .pending }
}
