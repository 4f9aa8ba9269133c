/// Receives a run's progress as it happens (a terminal line, a log, nothing).
public protocol RunProgress: Sendable {
    func ingested(documents: Int, of total: Int)
    /// What ingest found wrong before any page is read (the same report as `digitise check`).
    func preflight(_ report: PreflightReport)
    func started(pages: Int)
    func pageFinished(_ status: PageStatus, label: String)
}

extension RunProgress {
    /// Only the command line's progress (`TerminalProgress`) prints the preflight report; others may ignore it.
    public func preflight(_ report: PreflightReport) {}
}
