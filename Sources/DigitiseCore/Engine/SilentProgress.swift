/// Progress nobody watches.
public struct SilentProgress: RunProgress {
    public init() {}
    public func ingested(documents: Int, of total: Int) {}
    public func started(pages: Int) {}
    public func pageFinished(_ status: PageStatus, label: String) {}
}
