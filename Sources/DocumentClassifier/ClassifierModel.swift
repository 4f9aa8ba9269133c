import DigitiseCore
import Foundation

/// A trained classifier, as stored in `models/NAME.json`: a logistic model of asylum against personal-file over a
/// fixed vocabulary of text features, its Platt calibration (fitted on held-out documents), and a softmax model of
/// the document kind over the most frequent part of the vocabulary.
public struct ClassifierModel: Sendable, Codable, Equatable {
    public var name: String
    /// A digest of the weights: part of the classify stage's derivation key, so a new model reclassifies what it must.
    public var version: String
    /// Feature names; weights are indexed alike.
    public var features: [String]
    /// Log-odds of asylum: bias + Σ weight × feature value.
    public var classBias: Double
    public var classWeights: [Double]
    /// Platt scaling: P(asylum) = σ(calibrationA × logOdds + calibrationB).
    public var calibrationA: Double
    public var calibrationB: Double
    /// Kind scores over the first `kindFeatureCount` features: bias and weights per kind.
    public var kinds: [String]
    public var kindFeatureCount: Int
    public var kindBias: [Double]
    public var kindWeights: [[Double]]
    /// Below this probability (among the kinds the class allows) the kind is reported unknown, not guessed: chosen on
    /// the calibration documents so that the kinds reported are right at least `Trainer.kindPrecision` of the time.
    /// Absent in models trained before it existed (every kind reported).
    public var kindThreshold: Double?
    /// What it was trained on, for the record.
    public var trainedOn: String

    enum CodingKeys: String, CodingKey {
        case name, version, features, kinds
        case classBias = "class_bias", classWeights = "class_weights", calibrationA = "calibration_a", calibrationB = "calibration_b"
        case kindFeatureCount = "kind_feature_count", kindBias = "kind_bias", kindWeights = "kind_weights", trainedOn = "trained_on"
        case kindThreshold = "kind_threshold"
    }

    public static func load(_ path: String) throws -> ClassifierModel {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        var model = try JSONDecoder().decode(ClassifierModel.self, from: data)
        guard model.classWeights.count == model.features.count, model.kindWeights.count == model.kinds.count,
            model.kindWeights.allSatisfy({ $0.count == model.kindFeatureCount }), model.kindFeatureCount <= model.features.count
        else { throw ModelError.inconsistent(path) }
        model.index = Dictionary(uniqueKeysWithValues: model.features.enumerated().map { ($1, $0) })
        return model
    }

    public func save(_ path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try encoder.encode(self).write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    public enum ModelError: Error, CustomStringConvertible {
        case inconsistent(String)
        public var description: String {
            switch self {
            case .inconsistent(let path): "the model \(path) is inconsistent (weights do not match features); retrain it with `make model`"
            }
        }
    }

    /// Feature name → index; rebuilt on load, not stored.
    var index: [String: Int] = [:]

    public static func == (a: ClassifierModel, b: ClassifierModel) -> Bool {
        a.version == b.version && a.name == b.name && a.features == b.features && a.classWeights == b.classWeights
    }

    public init(
        name: String, features: [String], classBias: Double, classWeights: [Double], calibrationA: Double, calibrationB: Double,
        kinds: [String], kindFeatureCount: Int, kindBias: [Double], kindWeights: [[Double]], kindThreshold: Double?, trainedOn: String
    ) {
        self.name = name
        self.features = features
        self.classBias = classBias
        self.classWeights = classWeights
        self.calibrationA = calibrationA
        self.calibrationB = calibrationB
        self.kinds = kinds
        self.kindFeatureCount = kindFeatureCount
        self.kindBias = kindBias
        self.kindWeights = kindWeights
        self.kindThreshold = kindThreshold
        self.trainedOn = trainedOn
        version = ""
        index = Dictionary(uniqueKeysWithValues: features.enumerated().map { ($1, $0) })
        version = name + "@" + digest()
    }

    /// FNV-1a over the weights and vocabulary, as hex: stable across runs and machines.
    func digest() -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ text: String) {
            for byte in text.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
        }
        for f in features { mix(f) }
        for w in classWeights { mix(String(format: "%.6f", w)) }
        for row in kindWeights { for w in row { mix(String(format: "%.6f", w)) } }
        mix(String(format: "%.6f %.6f %.6f", classBias, calibrationA, calibrationB))
        if let kindThreshold { mix(String(format: "kind %.6f", kindThreshold)) }
        return String(hash, radix: 16)
    }

    /// Sparse vector over the vocabulary: (index, value) of the features the model knows.
    public func vector(_ text: String) -> [(Int, Double)] { vector(features: TextFeatures.extract(text)) }

    /// The same from features already extracted (`TextFeatures.extract`).
    public func vector(features: [String: Double]) -> [(Int, Double)] {
        features.compactMap { name, value in index[name].map { ($0, value) } }.sorted { $0.0 < $1.0 }
    }

    public func logOdds(_ x: [(Int, Double)]) -> Double {
        x.reduce(classBias) { $0 + classWeights[$1.0] * $1.1 }
    }

    public func calibrated(_ logOdds: Double) -> Double { Self.sigmoid(calibrationA * logOdds + calibrationB) }

    /// Kind scores (softmax probabilities), in `kinds` order.
    public func kindProbabilities(_ x: [(Int, Double)]) -> [Double] {
        let scores = kinds.indices.map { k in
            x.reduce(kindBias[k]) { $1.0 < kindFeatureCount ? $0 + kindWeights[k][$1.0] * $1.1 : $0 }
        }
        return Self.softmax(scores)
    }

    /// The most likely kind among those `documentClass` allows (`other` either), and its probability among them.
    public func likeliestKind(_ x: [(Int, Double)], for documentClass: DocumentClass) -> (kind: DocumentKind?, probability: Double) {
        let scores = kindProbabilities(x)
        let allowed = kinds.indices.filter { i in
            guard let kind = DocumentKind(rawValue: kinds[i]) else { return false }
            return kind == .other || kind.isAsylumDocumentation == (documentClass == .asylum)
        }
        let total = allowed.reduce(0) { $0 + scores[$1] }
        guard let best = allowed.max(by: { scores[$0] < scores[$1] }), total > 0 else { return (nil, 0) }
        return (DocumentKind(rawValue: kinds[best]), scores[best] / total)
    }

    static func sigmoid(_ z: Double) -> Double { 1 / (1 + exp(-z)) }

    static func softmax(_ scores: [Double]) -> [Double] {
        let top = scores.max() ?? 0
        let e = scores.map { exp($0 - top) }
        let total = e.reduce(0, +)
        return e.map { $0 / total }
    }
}
