/// What became of one page.
public struct PageOutcome: Sendable {
    public enum Result: Sendable {
        /// Read: the derivation that produced the text, and the text itself for the full-text index.
        case read(DerivationRecord, text: String)
        case blank
        case failed(StageFailure)
    }

    public let pageID: Int64
    public let result: Result
    /// The resolution the page was read at, and whether it came from the file or the pipeline's default.
    public let dpi: Int?
    public let dpiSource: String?
    /// Seconds spent per step on this page in this run (0 when memoised).
    public let timings: PageTimings
    /// True when the result was found in the memo of an identical earlier derivation, not computed now.
    public let isMemoised: Bool

    public init(
        pageID: Int64, result: Result, dpi: Int? = nil, dpiSource: String? = nil, timings: PageTimings = PageTimings(),
        isMemoised: Bool = false
    ) {
        self.isMemoised = isMemoised
        self.pageID = pageID
        self.result = result
        self.dpi = dpi
        self.dpiSource = dpiSource
        self.timings = timings
    }
}
