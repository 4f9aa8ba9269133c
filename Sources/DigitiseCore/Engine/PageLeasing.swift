/// How a worker shares the catalog's pages with others (`LeasedPageWork`): the catalog's leases and batches, the name
/// it claims under, how long a claim (and its batch) holds without a heartbeat, and how many pages it claims at once.
public struct PageLeasing: Sendable {
    public let leases: any PageLeases
    /// The workers' batches: kept alive while they run, each with its pages tried and failed (the fleet's guard).
    public let fleet: any FleetLedger
    /// Unique among the workers: host and process.
    public let worker: String
    /// How long a claim holds without a heartbeat: a worker that dies costs its pages this long.
    public let lease: Duration
    /// Pages claimed ahead of the reading (`ClaimedPageStream`): enough that a page always waits for the next free
    /// worker while the queue's round trips run, few enough that the workers share the last pages evenly.
    public let chunk: Int
    /// How long a worker with nothing to claim waits before it looks again (others hold the rest).
    public let poll: Duration

    public init(leases: any PageLeases, fleet: any FleetLedger, worker: String, lease: Duration, chunk: Int, poll: Duration = .seconds(1)) {
        self.leases = leases
        self.fleet = fleet
        self.worker = worker
        self.lease = lease
        self.chunk = max(1, chunk)
        self.poll = poll
    }
}
