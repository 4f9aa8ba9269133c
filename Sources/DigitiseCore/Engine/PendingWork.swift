/// A worker's work without an inbox (`digitise work`): the pages already waiting in a catalog shared with other
/// workers, claimed a few at a time (`LeasedPageWork`), whoever ingested them; then the documents of the files it
/// read, classified. It ingests nothing and redoes nothing finished.
public struct PendingWork: WorkChoice {
    public init() {}

    public var batchLabel: String { "pending pages" }

    public func survey(_ context: RunContext) throws {
        guard context.leasing != nil else { throw NotShared() }
    }

    public func choose(_ survey: Void, batch: Int64, context: RunContext, progress: any RunProgress) throws -> ChosenWork {
        ChosenWork(pages: [], classify: .filesRead)
    }

    public func conclude(_ work: CompletedWork, context: RunContext) throws -> (summary: WorkSummary, status: RunStatus) {
        let status = RunStatus(stopped: work.pages.stopped, partial: false)
        let summary = WorkSummary(
            batch: work.batch, pagesProcessed: work.pages.processed, pagesMemoised: work.pages.memoised, files: work.pages.files.count,
            resultsRefused: work.pages.refused, pagesStillPending: try context.leasing?.leases.pendingPageCount() ?? 0,
            seconds: work.seconds, stopped: work.pages.stopped, exitStatus: status.exit.rawValue)
        return (summary, status)
    }

    /// The catalog is the archive's own: there are no other workers, and `digitise run INBOX` reads what waits.
    public struct NotShared: Error, CustomStringConvertible {
        public init() {}

        public var description: String {
            "digitise work needs a catalog shared by workers: give --catalog postgres://… (or set DIGITISE_CATALOG); with the archive's own catalog, digitise run INBOX reads every page that waits"
        }
    }
}
