/// Receives a run's progress as it happens (a terminal line, a log, nothing).
public protocol RunProgress: Sendable {
    func ingested(documents: Int, of total: Int)
    /// What ingest found wrong before any page is read (the same report as `digitise check`).
    func preflight(_ report: PreflightReport)
    func started(pages: Int)
    func pageFinished(_ status: PageStatus, label: String)
}

/// Progress nobody watches.
public struct SilentProgress: RunProgress {
    public init() {}
    public func ingested(documents: Int, of total: Int) {}
    public func started(pages: Int) {}
    public func pageFinished(_ status: PageStatus, label: String) {}
}

extension RunProgress {
    public func preflight(_ report: PreflightReport) {}
}
