import DigitiseCore
import Foundation
import HTTPTypes
import Hummingbird
import Synchronization

/// Where the server's catalog reads (and the rendering around them) run: a few threads of their own, never
/// Hummingbird's event loops, which must stay free to accept and answer (`/health` among them) however slow a
/// report is. At most `maxWaiting` requests wait for a thread; beyond that the server answers 503 with
/// `Retry-After` at once instead of queueing without end.
final class ReadPool: Sendable {
    private struct State {
        var jobs: [@Sendable () -> Void] = []
        var head = 0
        var waiting: Int { jobs.count - head }
    }

    let maxWaiting: Int
    private let state = Mutex(State())
    private let available = DispatchSemaphore(value: 0)

    init(threads: Int, maxWaiting: Int) {
        self.maxWaiting = maxWaiting
        for index in 0..<max(1, threads) {
            let thread = Thread { [self] in work() }
            thread.name = "digitise.serve.read.\(index)"
            thread.start()
        }
    }

    /// Runs `body` on a pool thread and returns its result.
    /// - Throws: `HTTPError(.serviceUnavailable)` when too many requests wait already, or when the catalog stopped
    ///   the query at its deadline; what `body` throws otherwise.
    func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
            let accepted = state.withLock { state -> Bool in
                guard state.waiting < maxWaiting else { return false }
                state.jobs.append {
                    do {
                        continuation.resume(returning: try body())
                    } catch ArchiveQueryError.timedOut(let seconds) {
                        continuation.resume(
                            throwing: HTTPError(
                                .serviceUnavailable, headers: [.retryAfter: "5"],
                                message: "the query took longer than \(seconds) s and was stopped: narrow it, or try again later"))
                    } catch {
                        continuation.resume(throwing: error)
                    }
                }
                return true
            }
            if accepted {
                available.signal()
            } else {
                continuation.resume(
                    throwing: HTTPError(
                        .serviceUnavailable, headers: [.retryAfter: "2"],
                        message: "the server is busy: \(maxWaiting) requests wait; try again"
                    ))
            }
        }
    }

    private func work() {
        while true {
            available.wait()
            let job = state.withLock { state -> (@Sendable () -> Void)? in
                guard state.head < state.jobs.count else { return nil }
                let job = state.jobs[state.head]
                state.head += 1
                if state.head > 1024 && state.head * 2 > state.jobs.count {  // drop what was taken, now and then
                    state.jobs.removeFirst(state.head)
                    state.head = 0
                }
                return job
            }
            job?()
        }
    }
}
