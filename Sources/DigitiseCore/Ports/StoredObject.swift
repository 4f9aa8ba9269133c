/// An object now present in the store.
public struct StoredObject: Sendable, Equatable {
    public let hash: ObjectHash
    public let size: Int
    /// Set when the store already held this object damaged (its size or digest wrong) and rewrote it from the bytes
    /// that came now: what was wrong with it. The catalog records a fixity event for the repair.
    public let repairedDamage: String?

    public init(hash: ObjectHash, size: Int, repairedDamage: String? = nil) {
        self.hash = hash
        self.size = size
        self.repairedDamage = repairedDamage
    }

    /// The fixity event's words for the repair of `damage`: one wording for every catalog.
    public func repairDetail(_ damage: String) -> String {
        "object \(hash.hex) was damaged (\(damage)); repaired: rewritten from identical bytes that arrived again"
    }
}
