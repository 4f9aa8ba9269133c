import Foundation

/// A memoised stage output: the objects a derivation produced and its small result, found again by its key.
public struct DerivationRecord: Sendable, Equatable {
    public let key: String
    public let stage: Stage
    /// The objects produced, by role (`image`, `text`, `hocr`).
    public let outputs: [String: StoredObject]
    /// The stage's small result as JSON (a normalisation report, an OCR confidence).
    public let resultJSON: String

    public init(key: String, stage: Stage, outputs: [String: StoredObject], resultJSON: String) {
        self.key = key
        self.stage = stage
        self.outputs = outputs
        self.resultJSON = resultJSON
    }

    /// A record whose result is a Codable value.
    public init(key: String, stage: Stage, outputs: [String: StoredObject], result: some Encodable) {
        self.init(key: key, stage: stage, outputs: outputs, resultJSON: CanonicalJSON.string(result) ?? "{}")
    }

    /// Decodes the result as `T`, or nil if it is not one.
    public func result<T: Decodable>(as type: T.Type) -> T? {
        try? JSONDecoder().decode(type, from: Data(resultJSON.utf8))
    }
}
