/// A document waiting for a person's decision, as the review queue lists it.
public struct ReviewItem: Sendable, Equatable {
    public let fileID: FileID
    public let document: String
    public let version: Int
    /// Why it waits (the classifier's or the pipeline's words).
    public let reason: String
    /// The model's view, when it had one.
    public let modelClass: DocumentClass?
    public let modelProbability: Double?
    public let kind: DocumentKind?
    /// When it was sent to review.
    public let since: String
    /// The document's texts as a decision on it would refer to them (`ReviewDecision.textKey`).
    public let textKey: String
    /// Why the model said what it said (features, rules, the model), when it classified the document.
    public let explanation: Classification.Explanation?

    public init(
        fileID: FileID, document: String, version: Int, reason: String, modelClass: DocumentClass?, modelProbability: Double?,
        kind: DocumentKind?, since: String, textKey: String, explanation: Classification.Explanation? = nil
    ) {
        self.explanation = explanation
        self.fileID = fileID
        self.document = document
        self.version = version
        self.reason = reason
        self.modelClass = modelClass
        self.modelProbability = modelProbability
        self.kind = kind
        self.since = since
        self.textKey = textKey
    }
}
