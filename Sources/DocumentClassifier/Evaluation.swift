import DigitiseCore
import Foundation

/// How a classifier does on labelled documents: accuracy, per-class precision/recall/F1, calibration (ECE over ten
/// bins of the predicted class's probability), the confusion matrix, and how many errors the review queue caught.
public struct Evaluation: Sendable, Encodable {
    public struct ClassMetrics: Sendable, Encodable {
        public let `class`: String
        public let precision: Double
        public let recall: Double
        public let f1: Double
        public let support: Int
    }

    public let documents: Int
    public let accuracy: Double
    public let classes: [ClassMetrics]
    public let ece: Double
    /// Rows: the true class (asylum, personal-file); columns: the predicted one.
    public let confusion: [[Int]]
    public let misclassified: Int
    /// Misclassified documents that went to review (a person looks at them before anyone relies on the label).
    public let misclassifiedInReview: Int
    public let reviewShare: Double
    /// Of the documents whose kind was reported, the share right; the others' kind was reported unknown.
    public let kindAccuracy: Double
    public let kindUnknownShare: Double
    /// The likeliest kind's accuracy over all documents, as if no kind were ever reported unknown.
    public let kindAccuracyIfAlwaysGuessed: Double
    public let hardAccuracy: Double?
    public let accuracyByLanguage: [String: Double]
    public let errors: [String]
    /// What other review thresholds would have done on these documents: the share sent to review and the share of
    /// errors among them (the classifier's probability, rules included, against one threshold for both classes).
    public let thresholdSweep: [ThresholdPoint]

    public struct ThresholdPoint: Sendable, Encodable {
        public let threshold: Double
        public let reviewShare: Double
        public let errorsCaught: Double
        enum CodingKeys: String, CodingKey {
            case threshold
            case reviewShare = "review_share", errorsCaught = "errors_caught"
        }
    }

    enum CodingKeys: String, CodingKey {
        case documents, accuracy, classes, ece, confusion, misclassified, errors
        case misclassifiedInReview = "misclassified_in_review", reviewShare = "review_share", kindAccuracy = "kind_accuracy"
        case kindUnknownShare = "kind_unknown_share", kindAccuracyIfAlwaysGuessed = "kind_accuracy_if_always_guessed"
        case hardAccuracy = "hard_accuracy", accuracyByLanguage = "accuracy_by_language", thresholdSweep = "threshold_sweep"
    }

    public var reviewCatchRate: Double { misclassified == 0 ? 1 : Double(misclassifiedInReview) / Double(misclassified) }

    public static func run(_ classifier: TextClassifier, on documents: [LabelledDocument]) -> Evaluation {
        let labels: [DocumentClass] = [.asylum, .personalFile]
        var confusion = [[0, 0], [0, 0]]
        var binCount = [Int](repeating: 0, count: 10), binCorrect = [Int](repeating: 0, count: 10)
        var binConfidence = [Double](repeating: 0, count: 10)
        var misclassified = 0, caught = 0, review = 0, kindsRight = 0, kindsUnknown = 0, guessesRight = 0, hard = 0, hardRight = 0
        var byLanguage: [String: (Int, Int)] = [:]
        var errors: [String] = []
        var judged: [(probability: Double, right: Bool)] = []
        for d in documents {
            let c = classifier.classify(d.text)
            let predicted = c.documentClass ?? .personalFile
            let probability = c.probability ?? 0.5
            let right = predicted == d.label
            judged.append((probability, right))
            confusion[labels.firstIndex(of: d.label)!][labels.firstIndex(of: predicted)!] += 1
            let bin = min(9, Int(probability * 10))
            binCount[bin] += 1
            binConfidence[bin] += probability
            if right { binCorrect[bin] += 1 }
            if c.needsReview { review += 1 }
            if !right {
                misclassified += 1
                if c.needsReview { caught += 1 }
                errors.append(
                    String(
                        format: "%@: %@ taken for %@ (p %.2f%@)", d.file, d.label.rawValue, predicted.rawValue, probability,
                        c.needsReview ? ", in review" : ""))
            }
            if c.kind == nil { kindsUnknown += 1 } else if c.kind?.rawValue == d.kind { kindsRight += 1 }
            let guess = classifier.model.likeliestKind(classifier.model.vector(d.text), for: predicted)
            if guess.kind?.rawValue == d.kind { guessesRight += 1 }
            if d.hard {
                hard += 1
                if right { hardRight += 1 }
            }
            byLanguage[d.language, default: (0, 0)].0 += 1
            if right { byLanguage[d.language, default: (0, 0)].1 += 1 }
        }
        let n = Double(max(1, documents.count))
        var ece = 0.0
        for bin in 0..<10 where binCount[bin] > 0 {
            let count = Double(binCount[bin])
            let gap = Double(binCorrect[bin]) / count - binConfidence[bin] / count
            ece += count / n * abs(gap)
        }
        let classes = labels.enumerated().map { i, label -> ClassMetrics in
            let tp = Double(confusion[i][i])
            let predicted = Double(confusion[0][i] + confusion[1][i]), actual = Double(confusion[i][0] + confusion[i][1])
            let precision = predicted == 0 ? 0 : tp / predicted, recall = actual == 0 ? 0 : tp / actual
            let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
            return ClassMetrics(class: label.rawValue, precision: precision, recall: recall, f1: f1, support: Int(actual))
        }
        return Evaluation(
            documents: documents.count, accuracy: Double(confusion[0][0] + confusion[1][1]) / n, classes: classes, ece: ece,
            confusion: confusion, misclassified: misclassified, misclassifiedInReview: caught, reviewShare: Double(review) / n,
            kindAccuracy: Double(kindsRight) / Double(max(1, documents.count - kindsUnknown)), kindUnknownShare: Double(kindsUnknown) / n,
            kindAccuracyIfAlwaysGuessed: Double(guessesRight) / n, hardAccuracy: hard == 0 ? nil : Double(hardRight) / Double(hard),
            accuracyByLanguage: byLanguage.mapValues { Double($0.1) / Double(max(1, $0.0)) }, errors: errors,
            thresholdSweep: stride(from: 0.80, through: 0.991, by: 0.01).map { t in
                let sent = judged.filter { $0.probability < t }
                let wrong = misclassified
                return ThresholdPoint(
                    threshold: (t * 100).rounded() / 100, reviewShare: Double(sent.count) / n,
                    errorsCaught: wrong == 0 ? 1 : Double(sent.filter { !$0.right }.count) / Double(wrong))
            })
    }
}
