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
}
