import Foundation
import Synchronization

/// Runs a body every `interval` on a thread of its own until stopped: the heartbeats of a worker sharing its catalog
/// (`LeaseHeartbeat`, `BatchKeepAlive`), which must beat on time while every other thread reads pages.
final class PeriodicThread: Sendable {
    private let stopped = Mutex(false)
    private let done = Mutex(false)

    /// The first run of `body` is one `interval` after the start.
    init(every interval: Duration, _ body: @escaping @Sendable () -> Void) {
        let thread = Thread { [self] in
            let clock = ContinuousClock()
            var next = clock.now + interval
            while !stopped.withLock({ $0 }) {
                if clock.now >= next {
                    body()
                    next = clock.now + interval
                }
                usleep(50_000)
            }
            done.withLock { $0 = true }
        }
        thread.start()
    }

    /// Stops, and returns once the thread has (a body under way is finished first).
    func stop() {
        stopped.withLock { $0 = true }
        while !done.withLock({ $0 }) { usleep(10_000) }
    }
}
