/// Tells a broken scanner from a broken page: trips when, after enough pages, too large a share of them failed.
public struct FailureGuard: Sendable, Equatable {
    public let maxShare: Double
    public let minPages: Int

    public init(maxShare: Double, minPages: Int) {
        self.maxShare = maxShare
        self.minPages = minPages
    }

    public init(_ batch: PipelineDefinition.Batch) {
        self.init(maxShare: batch.failureGuardShare, minPages: batch.failureGuardMinPages)
    }

    /// Whether `failed` of `tried` pages is too many. Never before `minPages` pages were tried (two bad pages in
    /// the first three say nothing), and never with a share of 1 or more (the guard is off).
    public func trips(failed: Int, of tried: Int) -> Bool {
        guard maxShare < 1, tried >= max(1, minPages) else { return false }
        return Double(failed) > maxShare * Double(tried)
    }
}
