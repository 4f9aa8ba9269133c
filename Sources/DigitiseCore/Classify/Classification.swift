/// What the classify stage decided about a document, and why: stored with the document and as its derivation.
public struct Classification: Sendable, Equatable, Codable {
    /// Nil when the document had no usable text: it is never guessed, it goes to review.
    public let documentClass: DocumentClass?
    public let kind: DocumentKind?
    /// The calibrated probability of `documentClass` (0.5 ... 1).
    public let probability: Double?
    /// Whether a person must look at it: below the class's threshold, or no usable text.
    public let needsReview: Bool
    public let reviewReason: String?
    public let explanation: Explanation
    public let identifiers: [Identifier]
    /// Who decided the class when a person did (`ReviewDecision`), as `NAME on DATE`; nil when the model did.
    public let decidedBy: String?

    public init(
        documentClass: DocumentClass?, kind: DocumentKind?, probability: Double?, needsReview: Bool, reviewReason: String?,
        explanation: Explanation, identifiers: [Identifier], decidedBy: String? = nil
    ) {
        self.decidedBy = decidedBy
        self.documentClass = documentClass
        self.kind = kind
        self.probability = probability
        self.needsReview = needsReview
        self.reviewReason = reviewReason
        self.explanation = explanation
        self.identifiers = identifiers
    }

    enum CodingKeys: String, CodingKey {
        case documentClass = "class", kind, probability, needsReview = "review", reviewReason = "review_reason", explanation, identifiers
        case decidedBy = "decided_by"
    }

    /// Why: the features that pushed hardest toward the decision, the rules that fired, and the model.
    public struct Explanation: Sendable, Equatable, Codable {
        public let model: String
        /// Feature → its contribution to the log-odds of asylum (negative: toward personal-file), strongest first.
        public let features: [Contribution]
        public let rules: [Contribution]
        /// The model's log-odds before calibration and rules, for audits of the calibration.
        public let modelLogOdds: Double?

        public init(model: String, features: [Contribution], rules: [Contribution], modelLogOdds: Double?) {
            self.model = model
            self.features = features
            self.rules = rules
            self.modelLogOdds = modelLogOdds
        }

        enum CodingKeys: String, CodingKey {
            case model, features, rules
            case modelLogOdds = "model_log_odds"
        }
    }

    public struct Contribution: Sendable, Equatable, Codable {
        public let name: String
        public let weight: Double

        public init(name: String, weight: Double) {
            self.name = name
            self.weight = weight
        }
    }
}
