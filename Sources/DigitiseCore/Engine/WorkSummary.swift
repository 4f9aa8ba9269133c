/// What one `digitise work` pass did (`--format json` is a stable contract).
public struct WorkSummary: Sendable, Encodable {
    public let batch: Int64
    public let pagesProcessed: Int
    public let pagesMemoised: Int
    /// Personal files whose pages this worker read (their documents it classified).
    public let files: Int
    /// Results refused because another worker had taken the page over: never written.
    public let resultsRefused: Int
    /// Pending pages left in the catalog when this pass ended (others' new work).
    public let pagesStillPending: Int
    public let seconds: Double
    public let stopped: StopReason?
    public let exitStatus: Int32

    enum CodingKeys: String, CodingKey {
        case batch, files, seconds, stopped
        case pagesProcessed = "pages_processed", pagesMemoised = "pages_memoised", resultsRefused = "results_refused"
        case pagesStillPending = "pages_still_pending", exitStatus = "exit_status"
    }
}
