import DigitiseCore
import Foundation

/// Trains a `ClassifierModel` from labelled documents: vocabulary by document frequency, logistic regression for
/// the class and softmax regression for the kind (AdaGrad, L2, a seeded order: the same corpus gives the same
/// model, byte for byte), then Platt calibration on documents from templates the model never saw.
public struct Trainer: Sendable {
    public var vocabularySize = 20_000
    /// The kind model reads the whole vocabulary: cross-validated over templates, a few thousand features or fewer
    /// read the kind of unseen wording clearly worse, and 8,000 no better than all (bench/results/history-classifier.md).
    public var kindVocabularySize = 20_000
    /// A feature must occur in documents of at least this many template groups: wording peculiar to one template
    /// says nothing about documents written otherwise.
    public var minGroupFrequency = 3
    public var epochs = 12
    public var learningRate = 0.3
    public var l2 = 1e-5
    /// Share of template groups held out of fitting, to calibrate on.
    public var calibrationShare = 0.2
    /// How often a reported kind must be right on the calibration documents; below the threshold that achieves it
    /// the kind is reported unknown.
    public var kindPrecision = 0.85

    public init() {}

    public struct Report: Sendable, Equatable {
        public let fitted: Int
        public let calibratedOn: Int
        public let vocabulary: Int
    }

    public func train(_ documents: [LabelledDocument], name: String, trainedOn: String) -> (ClassifierModel, Report) {
        let (fit, calibration) = LabelledCorpus.split(documents, share: calibrationShare, salt: "calibration")
        let extracted = fit.map { TextFeatures.extract($0.text) }
        var groups: [String: Set<String>] = [:]
        for (features, document) in zip(extracted, fit) { for name in features.keys { groups[name, default: []].insert(document.group) } }
        let frequency = groups.mapValues(\.count)
        let vocabulary = frequency.filter { $0.value >= minGroupFrequency }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(vocabularySize).map(\.key)
        let index = Dictionary(uniqueKeysWithValues: vocabulary.enumerated().map { ($1, $0) })
        let vectors = extracted.map { features in
            features.compactMap { name, value in index[name].map { ($0, value) } }.sorted { $0.0 < $1.0 }
        }
        // Genre concepts tell the kind, not the class (an application can be either): the class model never reads them.
        let classVectors = vectors.map { $0.filter { !vocabulary[$0.0].hasPrefix(TextFeatures.genrePrefix) } }
        var random = SeededRandom(seed: 20_261_129)
        var order = Array(vectors.indices)

        // The class: logistic regression, y = 1 for asylum.
        var w = [Double](repeating: 0, count: vocabulary.count), b = 0.0
        var gw = [Double](repeating: 1e-8, count: vocabulary.count), gb = 1e-8
        for _ in 0..<epochs {
            order.shuffle(using: &random)
            for i in order {
                let x = classVectors[i]
                let y: Double = fit[i].label == .asylum ? 1 : 0
                let p = ClassifierModel.sigmoid(x.reduce(b) { $0 + w[$1.0] * $1.1 })
                let g = p - y
                for (j, v) in x {
                    let grad = g * v + l2 * w[j]
                    gw[j] += grad * grad
                    w[j] -= learningRate * grad / gw[j].squareRoot()
                }
                gb += g * g
                b -= learningRate * g / gb.squareRoot()
            }
        }

        // The kind: softmax regression over the most frequent features.
        let kinds = DocumentKind.allCases.map(\.rawValue)
        let kindFeatures = min(kindVocabularySize, vocabulary.count)
        var kw = [[Double]](repeating: [Double](repeating: 0, count: kindFeatures), count: kinds.count)
        var kb = [Double](repeating: 0, count: kinds.count)
        var kgw = [[Double]](repeating: [Double](repeating: 1e-8, count: kindFeatures), count: kinds.count)
        var kgb = [Double](repeating: 1e-8, count: kinds.count)
        let targets = fit.map { kinds.firstIndex(of: $0.kind) ?? kinds.firstIndex(of: DocumentKind.other.rawValue)! }
        for _ in 0..<epochs {
            order.shuffle(using: &random)
            for i in order {
                let x = vectors[i].filter { $0.0 < kindFeatures }
                let scores = kinds.indices.map { k in x.reduce(kb[k]) { $0 + kw[k][$1.0] * $1.1 } }
                let p = ClassifierModel.softmax(scores)
                for k in kinds.indices {
                    let g = p[k] - (k == targets[i] ? 1 : 0)
                    for (j, v) in x {
                        let grad = g * v + l2 * kw[k][j]
                        kgw[k][j] += grad * grad
                        kw[k][j] -= learningRate * grad / kgw[k][j].squareRoot()
                    }
                    kgb[k] += g * g
                    kb[k] -= learningRate * g / kgb[k].squareRoot()
                }
            }
        }

        func rounded(_ v: Double) -> Double { (v * 1_000_000).rounded() / 1_000_000 }
        var model = ClassifierModel(
            name: name, features: vocabulary, classBias: rounded(b), classWeights: w.map(rounded), calibrationA: 1, calibrationB: 0,
            kinds: kinds, kindFeatureCount: kindFeatures, kindBias: kb.map(rounded), kindWeights: kw.map { $0.map(rounded) },
            kindThreshold: nil, trainedOn: trainedOn)
        let logits = calibration.map { model.logOdds(model.vector($0.text)) }
        let (a, c) = Self.platt(logits: logits, labels: calibration.map { $0.label == .asylum })
        let kindGuesses = calibration.map { document in
            let guess = model.likeliestKind(model.vector(document.text), for: document.label)
            return (probability: guess.probability, right: guess.kind?.rawValue == document.kind)
        }
        model = ClassifierModel(
            name: name, features: vocabulary, classBias: model.classBias, classWeights: model.classWeights, calibrationA: rounded(a),
            calibrationB: rounded(c), kinds: kinds, kindFeatureCount: kindFeatures, kindBias: model.kindBias,
            kindWeights: model.kindWeights, kindThreshold: rounded(Self.threshold(kindGuesses, precision: kindPrecision)),
            trainedOn: trainedOn)
        return (model, Report(fitted: fit.count, calibratedOn: calibration.count, vocabulary: vocabulary.count))
    }

    /// The lowest probability above which guesses are right at least `precision` of the time (1 when none is).
    static func threshold(_ guesses: [(probability: Double, right: Bool)], precision: Double) -> Double {
        let sorted = guesses.sorted { $0.probability > $1.probability }
        var right = 0, best = 1.0
        for (i, guess) in sorted.enumerated() {
            if guess.right { right += 1 }
            let nextIsTied = i + 1 < sorted.count && sorted[i + 1].probability == guess.probability
            if !nextIsTied, Double(right) / Double(i + 1) >= precision { best = guess.probability }
        }
        return best
    }

    /// Platt scaling by Newton's method with a backtracking line search (Platt 1999, Lin et al. 2007), with Platt's
    /// smoothed targets (no probability of exactly 0 or 1 from a finite calibration set). The line search matters
    /// when the model separates the calibration set: saturated probabilities make the Hessian tiny and a full
    /// Newton step would overshoot.
    static func platt(logits: [Double], labels: [Bool]) -> (Double, Double) {
        guard !logits.isEmpty else { return (1, 0) }
        let positives = Double(labels.filter { $0 }.count), negatives = Double(labels.count) - positives
        let hi = (positives + 1) / (positives + 2), lo = 1 / (negatives + 2)
        let t = labels.map { $0 ? hi : lo }
        func softplus(_ x: Double) -> Double { x > 0 ? x + log1p(exp(-x)) : log1p(exp(x)) }
        func loss(_ a: Double, _ b: Double) -> Double {
            zip(logits, t).reduce(0) { sum, pair in
                let f = a * pair.0 + b
                return sum + pair.1 * softplus(-f) + (1 - pair.1) * softplus(f)
            }
        }
        var a = 1.0, b = 0.0
        var current = loss(a, b)
        for _ in 0..<100 {
            var ga = 0.0, gb = 0.0, haa = 1e-12, hab = 0.0, hbb = 1e-12
            for (z, target) in zip(logits, t) {
                let p = ClassifierModel.sigmoid(a * z + b)
                let d = p - target, s = p * (1 - p)
                ga += d * z
                gb += d
                haa += s * z * z
                hab += s * z
                hbb += s
            }
            let det = haa * hbb - hab * hab
            guard abs(det) > 1e-300 else { break }
            let da = (hbb * ga - hab * gb) / det, db = (haa * gb - hab * ga) / det
            var step = 1.0
            var improved = false
            while step > 1e-10 {
                let candidate = loss(a - step * da, b - step * db)
                if candidate < current {
                    a -= step * da
                    b -= step * db
                    improved = current - candidate > 1e-12
                    current = candidate
                    break
                }
                step /= 2
            }
            if !improved { break }
        }
        return (a, b)
    }
}
