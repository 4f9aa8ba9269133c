/// The classify stage's engine: a document's text in, a class with a calibrated probability and its reasons out.
public protocol DocumentClassifying: Sendable {
    /// The model's version and every setting that changes a decision (thresholds, rules): part of the derivation key.
    var identity: String { get }

    /// Decides on text that is usable (the stage sends documents without usable text to review itself).
    func classify(_ text: String) -> Classification
}
