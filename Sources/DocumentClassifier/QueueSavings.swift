import DigitiseCore

/// The current model against what people decided: how often it agrees with them, and what each review threshold
/// would have saved of the queue they worked through (the documents the model would have decided alone, and how
/// many of those it would have got wrong).
///
/// The documents people decided are the hard ones by construction (the queue is where the model was unsure), so
/// agreement here reads lower than accuracy on a corpus: it is the figure to watch from one model to the next.
public struct QueueSavings: Sendable, Encodable {
    public struct Point: Sendable, Encodable {
        public let threshold: Double
        /// Decided documents the model would have decided alone at this threshold (its probability, rules included).
        public let saved: Int
        /// Of them, where it disagrees with the person: the errors this threshold would have let through.
        public let wrong: Int
    }

    public let decisions: Int
    /// The share of decisions whose class the model gives now.
    public let agreement: Double
    public let points: [Point]

    public static let thresholds = [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.99]

    public static func run(_ classifier: TextClassifier, on documents: [LabelledDocument]) -> QueueSavings {
        let judged = documents.map { document -> (probability: Double, agrees: Bool) in
            let classification = classifier.classify(document.text)
            return (classification.probability ?? 0, classification.documentClass == document.label)
        }
        return QueueSavings(
            decisions: documents.count,
            agreement: judged.isEmpty ? 0 : Double(judged.filter(\.agrees).count) / Double(judged.count),
            points: thresholds.map { t in
                let alone = judged.filter { $0.probability >= t }
                return Point(threshold: t, saved: alone.count, wrong: alone.filter { !$0.agrees }.count)
            })
    }
}
