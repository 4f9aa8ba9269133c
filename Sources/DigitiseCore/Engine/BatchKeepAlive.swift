/// Keeps the batch of a worker sharing its catalog alive, every third of the lease from start to stop: publishes the
/// run's pages tried and failed and takes back the rest of the fleet's (`FleetLedger`), so that the failure guard
/// weighs every worker's pages. Each beat also closes, `abandoned`, the batches no longer kept alive: a worker that
/// dies leaves its batch `running` for one lease at most while any other worker runs.
///
/// The first beat is made before `init` returns, so a batch is never seen running without being kept alive.
final class BatchKeepAlive: Sendable {
    private let thread: PeriodicThread

    init(batch: Int64, fleet: any FleetLedger, lease: Duration, tally: PageTally) throws {
        @Sendable func beat() throws {
            _ = try fleet.closeLapsedBatches(
                status: "abandoned", reason: "its worker stopped keeping it alive (killed, crashed or cut off from the catalog)")
            let mine = tally.counted
            tally.fleetPublished(try fleet.keepAlive(batch: batch, for: lease, tried: mine.tried, failed: mine.failed))
        }
        try beat()
        // A beat that fails (the server restarting) is tried again at the next; the lease has slack for one miss.
        thread = PeriodicThread(every: lease / 3) { try? beat() }
    }

    /// Stops keeping the batch alive, and returns once the thread has.
    func stop() { thread.stop() }
}
