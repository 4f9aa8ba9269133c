/// An object now present in the store.
public struct StoredObject: Sendable, Equatable {
    public let hash: ObjectHash
    public let size: Int

    public init(hash: ObjectHash, size: Int) {
        self.hash = hash
        self.size = size
    }
}
