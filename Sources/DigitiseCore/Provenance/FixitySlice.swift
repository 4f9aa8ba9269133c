/// One of N slices of the object store, so a nightly `verify --slice K/N` checks every object within N nights.
///
/// An object belongs to slice `(first 8 hex digits of its hash) mod N + 1`: stable, and even (hashes are uniform).
public struct FixitySlice: Sendable, Equatable, CustomStringConvertible {
    public let index: Int
    public let count: Int

    public static let all = FixitySlice(index: 1, count: 1)

    /// Parses `K/N` with 1 ≤ K ≤ N.
    public init?(_ text: String) {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]), n >= 1, (1...n).contains(k) else { return nil }
        self.init(index: k, count: n)
    }

    public init(index: Int, count: Int) {
        self.index = index
        self.count = count
    }

    public func contains(_ hash: ObjectHash) -> Bool {
        guard count > 1, let prefix = UInt64(hash.hex.prefix(8), radix: 16) else { return true }
        return Int(prefix % UInt64(count)) + 1 == index
    }

    public var description: String { "\(index)/\(count)" }
}
