/// The batches of workers that share one catalog (`PageLeases`). Each worker keeps its batch alive while it runs and
/// publishes how many pages it has tried and how many failed, so that every worker's failure guard weighs the whole
/// fleet's pages, and the batch of a worker that dies is closed by the next one to start instead of staying `running`.
///
/// Implementations must keep time on the catalog's own clock (the workers' clocks may disagree), and must make each
/// call one transaction.
public protocol FleetLedger: Sendable {
    /// Keeps `batch` alive for `lease` more, records its pages tried and failed so far, and returns the same counts
    /// summed over every other batch that is running and alive: the rest of the fleet's work tonight.
    func keepAlive(batch: Int64, for lease: Duration, tried: Int, failed: Int) throws -> PageCounts

    /// Closes every running batch that was kept alive once but no longer is (its worker was killed or cut off).
    /// A running batch never kept alive (a single-process run) is left alone.
    /// - Returns: how many were closed.
    func closeLapsedBatches(status: String, reason: String) throws -> Int
}
