/// The record of runs: each batch opened, the inbox problems it met, how it ended, and its counts.
///
/// Implementations must make each call one transaction, from any thread.
public protocol BatchLedger: Sendable {
    /// Opens a batch record for a run and returns its id.
    func beginBatch(_ start: BatchStart) throws -> Int64

    /// Records a problem with an inbox entry that could not become a document (bad file ID, symlink, ...).
    func recordInboxProblem(_ problem: InboxProblem, batch: Int64) throws

    /// Closes a batch with its final status and summary.
    func finishBatch(_ id: Int64, status: String, summaryJSON: String) throws

    /// Counts and failures over the documents a batch saw.
    func summary(ofBatch id: Int64, failureLimit: Int) throws -> BatchCounts
}
