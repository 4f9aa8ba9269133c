/// A personal file's identifier, e.g. `PF-2019-004512`.
///
/// Validated against the inbox contract (`[A-Za-z0-9][A-Za-z0-9._-]{0,63}`) before it is ever used as a
/// path component or a catalog key, so a hostile folder name cannot reach the filesystem.
public struct FileID: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let rawValue: String

    /// Returns nil when `candidate` breaks the contract.
    public init?(validating candidate: String) {
        let bytes = Array(candidate.utf8)
        guard (1...64).contains(bytes.count) else { return nil }
        func isAlphanumeric(_ b: UInt8) -> Bool {
            (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
        }
        guard isAlphanumeric(bytes[0]) else { return nil }
        for b in bytes.dropFirst() where !(isAlphanumeric(b) || b == 0x2E || b == 0x5F || b == 0x2D) {
            return nil
        }
        rawValue = candidate
    }

    public var description: String { rawValue }
    public static func < (lhs: FileID, rhs: FileID) -> Bool { lhs.rawValue < rhs.rawValue }
}
