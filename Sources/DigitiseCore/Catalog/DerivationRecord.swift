/// A memoised stage output: the objects a derivation produced, found again by its key.
public struct DerivationRecord: Sendable, Equatable {
    public let key: String
    public let textObject: ObjectHash
    public let hocrObject: ObjectHash
    public let meanConfidence: Int

    public init(key: String, textObject: ObjectHash, hocrObject: ObjectHash, meanConfidence: Int) {
        self.key = key
        self.textObject = textObject
        self.hocrObject = hocrObject
        self.meanConfidence = meanConfidence
    }
}
