/// A pending page handed to one worker for a while: its job, the worker, and the fencing token the claim drew.
/// Each claim of a page draws a larger token, so a result carrying an older one comes from a worker whose lease
/// was taken over, and is refused.
public struct PageClaim: Sendable, Equatable {
    public let job: PageJob
    public let worker: String
    public let fence: Int64
    /// The worker whose lease on this page had run out when it was claimed (it died, or stalled): a takeover.
    public let takenOverFrom: String?

    public init(job: PageJob, worker: String, fence: Int64, takenOverFrom: String? = nil) {
        self.job = job
        self.worker = worker
        self.fence = fence
        self.takenOverFrom = takenOverFrom
    }
}
