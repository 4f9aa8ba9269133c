/// A memoised stage output: the objects a derivation produced, found again by its key.
public struct DerivationRecord: Sendable, Equatable {
    public let key: String
    public let textObject: StoredObject
    public let hocrObject: StoredObject
    public let meanConfidence: Int

    public init(key: String, textObject: StoredObject, hocrObject: StoredObject, meanConfidence: Int) {
        self.key = key
        self.textObject = textObject
        self.hocrObject = hocrObject
        self.meanConfidence = meanConfidence
    }
}
