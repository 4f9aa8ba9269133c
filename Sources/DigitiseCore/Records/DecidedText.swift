/// A document a person decided whose text is still the one they decided on: what training and evaluation may learn
/// from. (A decision on a text that has changed since says nothing sure about the new text.)
public struct DecidedText: Sendable, Equatable {
    public let decision: ReviewDecision
    /// The document's kind now: the decision's, or the model's where the person kept it.
    public let kind: DocumentKind?
    /// The text of its read pages, in page order, a blank line between pages.
    public let text: String

    public init(decision: ReviewDecision, kind: DocumentKind?, text: String) {
        self.decision = decision
        self.kind = kind
        self.text = text
    }
}
