/// Keeps a worker's claims alive while it holds them: renews the leases of the claims in hand every third of the
/// lease, on a thread of its own, until stopped. A claim the catalog no longer renews was taken over; its result will
/// be refused when it is written (`PageLeases.recordClaimedPages`), so the heartbeat need not stop the reading.
final class LeaseHeartbeat: Sendable {
    private let thread: PeriodicThread

    /// - Parameter claims: the claims in hand at each beat (they change as pages are claimed and written).
    init(leasing: PageLeasing, claims: @escaping @Sendable () -> [PageClaim]) {
        thread = PeriodicThread(every: leasing.lease / 3) {
            _ = try? leasing.leases.renewLeases(claims(), lease: leasing.lease)
        }
    }

    /// Stops renewing, and returns once the thread has.
    func stop() { thread.stop() }
}
