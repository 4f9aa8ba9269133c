/// Which part of the archive's history a report covers. Days are `YYYY-MM-DD`, inclusive, in UTC.
public struct ReportFilter: Sendable, Equatable, Codable {
    public var since: String?
    public var until: String?
    public var batch: Int64?
    /// The number of personal files the digitisation must reach (progress).
    public var target: Int

    public init(since: String? = nil, until: String? = nil, batch: Int64? = nil, target: Int = 16_000) {
        self.since = since
        self.until = until
        self.batch = batch
        self.target = target
    }
}
