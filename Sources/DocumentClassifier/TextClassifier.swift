import DigitiseCore
import Foundation

/// The classify stage's engine: the trained model, calibrated, plus the pipeline's rules and thresholds.
///
/// The class comes from the model's calibrated probability moved by the rules that fire (each adds its weight to
/// the log-odds of its class); the kind is the most likely kind the class allows; below the class's threshold the
/// document goes to review, with the reason.
public struct TextClassifier: DocumentClassifying {
    public let model: ClassifierModel
    public let settings: PipelineDefinition.Classify
    public let identity: String

    public init(model: ClassifierModel, settings: PipelineDefinition.Classify) {
        self.model = model
        self.settings = settings
        let rules = settings.rules.map { "\($0.name)=\($0.pattern)→\($0.class)×\($0.weight)" }.joined(separator: ";")
        let concepts = settings.personalFileReviewConcepts.joined(separator: ",")
        identity =
            "\(model.version) thresholds \(settings.asylumThreshold)/\(settings.personalFileThreshold) rules[\(rules)]"
            + " review-if-named[\(concepts)] lexicon v\(DomainLexicon.version)"
    }

    /// The concepts whose naming sends a personal-file decision to review, as the features they are counted as.
    private var reviewFeatures: [(concept: String, feature: String)] {
        DomainLexicon.concepts.filter { settings.personalFileReviewConcepts.contains($0.name) }.map { ($0.name, TextFeatures.name(of: $0)) }
    }

    public func classify(_ text: String) -> Classification {
        // Extracted once: the model's vector and the review by concept read the same features.
        let features = TextFeatures.extract(text)
        let x = model.vector(features: features)
        let logOdds = model.logOdds(x)
        var calibrated = model.calibrationA * logOdds + model.calibrationB
        var fired: [Classification.Contribution] = []
        for rule in settings.rules {
            guard let regex = try? Regex(rule.pattern).ignoresCase(), text.contains(regex) else { continue }
            let signed = rule.class == DocumentClass.asylum.rawValue ? rule.weight : -rule.weight
            calibrated += signed
            fired.append(.init(name: rule.name, weight: signed))
        }
        let pAsylum = 1 / (1 + exp(-calibrated))
        let documentClass: DocumentClass = pAsylum >= 0.5 ? .asylum : .personalFile
        let probability = documentClass == .asylum ? pAsylum : 1 - pAsylum
        let threshold = documentClass == .asylum ? settings.asylumThreshold : settings.personalFileThreshold

        let guess = model.likeliestKind(x, for: documentClass)
        let kind = guess.probability >= (model.kindThreshold ?? 0) ? guess.kind : nil

        // The strongest evidence, each feature's share of the log-odds of asylum (scaled by the calibration).
        let contributions = x.map { index, value in
            Classification.Contribution(name: model.features[index], weight: model.calibrationA * model.classWeights[index] * value)
        }
        let toward = contributions.filter { documentClass == .asylum ? $0.weight > 0 : $0.weight < 0 }
            .sorted { abs($0.weight) > abs($1.weight) }.prefix(8)
        var reason: String? =
            probability < threshold
            ? String(format: "probability %.2f is below the %@ threshold %.2f", probability, documentClass.rawValue, threshold) : nil
        if reason == nil, documentClass == .personalFile {
            let named = reviewFeatures.filter { features[$0.feature] != nil }.map(\.concept).sorted()
            if !named.isEmpty { reason = "classified personal-file, yet it names the asylum procedure (\(named.joined(separator: ", ")))" }
        }
        let review = reason != nil
        return Classification(
            documentClass: documentClass, kind: kind, probability: probability, needsReview: review,
            reviewReason: reason,
            explanation: .init(
                model: model.version, features: toward.map { .init(name: $0.name, weight: ($0.weight * 1000).rounded() / 1000) },
                rules: fired, modelLogOdds: (logOdds * 1000).rounded() / 1000),
            identifiers: [])
    }
}
