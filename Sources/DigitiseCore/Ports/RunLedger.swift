/// What the catalog remembers of runs that did not end well: batches a dead process left open, and the pages and
/// source files that were in hand when a reading process died.
///
/// Implementations must make each call one transaction, and must forget a page's abnormal ends once an outcome is
/// recorded for it (a page that was only a bystander to a crash starts again from zero).
public protocol RunLedger: Sendable {
    /// Counts one abnormal end against each subject in hand. A page reaching `limit` is failed with the end's code
    /// (`reader.crashed`, `reader.hung`), its stage and a message naming the cause, and is not taken up again until
    /// it is reprocessed; a source file reaching it is listed by `crashedSources`.
    /// - Returns: what each subject was, as people name it (`PF-1/letter page 2`), and whether it is now failed.
    func recordAbnormalEnd(_ inHand: [InHand], cause: AbnormalEnd, limit: Int) throws -> [(name: String, failed: Bool)]

    /// Source files that were in hand at `limit` abnormal ends: ingest records them failed without reading them.
    func crashedSources() throws -> [ObjectHash: StageFailure]

    /// Pages waiting for work that were in hand at an abnormal end: a run reads them first, one at a time, so that a
    /// crash among them has one page to blame.
    func suspectPages() throws -> Set<Int64>

    /// Closes every batch still marked `running`. Only safe while holding the archive's lock: no run is alive.
    /// - Returns: how many were closed.
    func closeAbandonedBatches(status: String, reason: String) throws -> Int
}
