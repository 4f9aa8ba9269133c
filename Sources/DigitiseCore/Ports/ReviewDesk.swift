/// Where people decide what the model could not: the review queue, and the decisions made on it.
///
/// Implementations must make `decide` one transaction that records the decision, sets the current document's class
/// (and kind) and takes it out of the queue, rolls the class up to the file (`holds_asylum`), and writes a
/// `classification` event naming the person; and must keep every decision ever made.
public protocol ReviewDesk: Sendable {
    /// The current documents waiting for review, oldest first.
    func reviewQueue() throws -> [ReviewItem]

    /// Records a person's decision on a current document, with the document's texts and the model's view now.
    /// - Throws: `ReviewDeskError` when the archive has no such current document.
    @discardableResult
    func decide(
        file: FileID, document: String, documentClass: DocumentClass, kind: DocumentKind?, person: String, note: String?
    ) throws -> ReviewDecision

    /// The latest decision on a document (by file and name, whatever its version), if a person ever decided it.
    func latestDecision(file: FileID, document: String) throws -> ReviewDecision?

    /// Every current document whose latest decision still stands (its texts unchanged since), with its text: what
    /// `train --include-decisions` and `evaluate --decisions` learn from. Ordered by file and document.
    func standingDecisions() throws -> [DecidedText]
}
