/// What a run did, as printed in the morning and returned with `--format json`.
public struct RunSummary: Sendable, Equatable, Encodable {
    public let batch: Int64
    public let inbox: String
    public let counts: BatchCounts
    /// Pages that were read (or failed) in this run rather than found done already.
    public let pagesProcessed: Int
    /// Pages whose OCR came from the memo of an earlier identical derivation.
    public let pagesMemoised: Int
    public let seconds: Double
    public let problems: [InboxProblem]
    /// Why the run stopped before its work was done, if it did; its pages not taken wait for the next run.
    public let stopped: StopReason?
    public let exitStatus: Int32

    public var pagesPerMinute: Double { seconds > 0 ? Double(pagesProcessed) / seconds * 60 : 0 }

    enum CodingKeys: String, CodingKey {
        case batch, inbox, counts, seconds, problems, stopped
        case pagesProcessed = "pages_processed", pagesMemoised = "pages_memoised", exitStatus = "exit_status"
        case pagesPerMinute = "pages_per_minute"
    }

    public init(
        batch: Int64, inbox: String, counts: BatchCounts, pagesProcessed: Int, pagesMemoised: Int, seconds: Double,
        problems: [InboxProblem], stopped: StopReason? = nil, exitStatus: Int32
    ) {
        self.stopped = stopped
        self.batch = batch
        self.inbox = inbox
        self.counts = counts
        self.pagesProcessed = pagesProcessed
        self.pagesMemoised = pagesMemoised
        self.seconds = seconds
        self.problems = problems
        self.exitStatus = exitStatus
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(batch, forKey: .batch)
        try c.encode(inbox, forKey: .inbox)
        try c.encode(counts, forKey: .counts)
        try c.encode(pagesProcessed, forKey: .pagesProcessed)
        try c.encode(pagesMemoised, forKey: .pagesMemoised)
        try c.encode((seconds * 100).rounded() / 100, forKey: .seconds)
        try c.encode((pagesPerMinute * 10).rounded() / 10, forKey: .pagesPerMinute)
        try c.encode(problems, forKey: .problems)
        try c.encode(stopped, forKey: .stopped)
        try c.encode(exitStatus, forKey: .exitStatus)
    }
}
