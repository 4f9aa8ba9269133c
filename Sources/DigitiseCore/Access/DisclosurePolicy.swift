/// When a document's text and identifiers may be shown to someone who is not an operator (an auditor).
///
/// Restricted by default: only a document whose current class is `personal-file`, that is not in the review queue,
/// and whose class is at least `minimumProbability` sure, or was decided by a person (a decision on its current text
/// is what the review queue exists for: surer than any probability). A class always belongs to the current text: the
/// catalog clears it, and who decided it, when a page's text changes, until the document is classified again. Anything
/// else (asylum, unclassified, in review, unsure, re-read) stays closed, and search does not even count it.
public struct DisclosurePolicy: Sendable, Equatable {
    public let minimumProbability: Double

    public init(minimumProbability: Double) { self.minimumProbability = minimumProbability }

    /// The pipeline's own bar for a personal-file decision without review.
    public static let nightly = DisclosurePolicy(minimumProbability: PipelineDefinition.nightly.classify.personalFileThreshold)

    public func isOpen(documentClass: String?, probability: Double?, inReview: Bool, decidedByPerson: Bool = false) -> Bool {
        documentClass == DocumentClass.personalFile.rawValue && !inReview
            && (decidedByPerson || (probability ?? 0) >= minimumProbability)
    }

    public func isOpen(_ document: DocumentRecord) -> Bool {
        isOpen(
            documentClass: document.class, probability: document.probability, inReview: document.review,
            decidedByPerson: document.decidedBy != nil)
    }
}
