/// Receives a run's progress as it happens (a terminal line, a log, nothing).
public protocol RunProgress: Sendable {
    func ingested(documents: Int, of total: Int)
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
