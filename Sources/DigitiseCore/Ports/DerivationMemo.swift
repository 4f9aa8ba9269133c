/// Every derivation ever computed, by its key (what went in and how): a stage whose key is found is not computed
/// again. Written with the outcome that produced it (`PageQueue.recordPages`, `ClassificationStore`).
public protocol DerivationMemo: Sendable {
    /// The memoised result of a derivation, if it was ever computed.
    func derivation(forKey key: String) throws -> DerivationRecord?
}
