import Foundation
import Synchronization

/// Keeps a worker's claims alive while it reads them: renews their leases every third of the lease, on a thread of
/// its own, until stopped. A claim the catalog no longer renews was taken over; its result will be refused when it
/// is written (`PageLeases.recordClaimedPages`), so the heartbeat need not stop the reading.
final class LeaseHeartbeat: Sendable {
    private let stopped = Mutex(false)
    private let done = Mutex(false)

    init(_ claims: [PageClaim], leasing: PageLeasing) {
        let interval = leasing.lease / 3
        let thread = Thread { [self] in
            let clock = ContinuousClock()
            var next = clock.now + interval
            while !stopped.withLock({ $0 }) {
                if clock.now >= next {
                    _ = try? leasing.leases.renewLeases(claims, lease: leasing.lease)
                    next = clock.now + interval
                }
                usleep(50_000)
            }
            done.withLock { $0 = true }
        }
        thread.start()
    }

    /// Stops renewing, and returns once the thread has.
    func stop() {
        stopped.withLock { $0 = true }
        while !done.withLock({ $0 }) { usleep(10_000) }
    }
}
