/// Keeps a worker's claims alive while it reads them: renews their leases every third of the lease, on a thread of
/// its own, until stopped. A claim the catalog no longer renews was taken over; its result will be refused when it
/// is written (`PageLeases.recordClaimedPages`), so the heartbeat need not stop the reading.
final class LeaseHeartbeat: Sendable {
    private let thread: PeriodicThread

    init(_ claims: [PageClaim], leasing: PageLeasing) {
        thread = PeriodicThread(every: leasing.lease / 3) {
            _ = try? leasing.leases.renewLeases(claims, lease: leasing.lease)
        }
    }

    /// Stops renewing, and returns once the thread has.
    func stop() { thread.stop() }
}
