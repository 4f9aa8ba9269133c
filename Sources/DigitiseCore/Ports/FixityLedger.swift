/// What the catalog knows of the stored objects, for checking that each is still the bytes it was.
public protocol FixityLedger: Sendable {
    /// The objects of one slice of the store.
    func objects(in slice: FixitySlice) throws -> [StoredObject]

    /// Every object hash the catalog knows (to find strays in the store).
    func knownObjectHashes() throws -> Set<String>

    /// What depends on an object, as people name it: `PF-1/passport (original)`, `PF-1/passport page 2 (text)`.
    func dependents(of hash: ObjectHash) throws -> [String]

    /// Records the outcome of checking objects: each object's last check, and an event per damaged object.
    func recordFixity(_ results: [(StoredObject, FixityResult)], at time: String) throws
}
