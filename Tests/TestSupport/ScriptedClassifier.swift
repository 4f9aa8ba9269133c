import DigitiseCore

/// A test double for the classify port: asylum when the text holds `marker`, with a fixed probability.
public struct ScriptedClassifier: DocumentClassifying {
    public let identity: String
    let marker: String
    let probability: Double

    public init(identity: String = "scripted-classifier 1", marker: String = "asylum", probability: Double = 0.95) {
        self.identity = identity
        self.marker = marker
        self.probability = probability
    }

    public func classify(_ text: String) -> Classification {
        let asylum = text.contains(marker)
        return Classification(
            documentClass: asylum ? .asylum : .personalFile, kind: asylum ? .asylumApplication : .other, probability: probability,
            needsReview: probability < 0.9, reviewReason: probability < 0.9 ? "below threshold" : nil,
            explanation: .init(
                model: identity, features: [.init(name: "w:" + marker, weight: asylum ? 1 : -1)], rules: [], modelLogOdds: 1),
            identifiers: [])
    }
}
