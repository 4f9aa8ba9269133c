import Dispatch
import Synchronization

/// Runs jobs on `workers` Dispatch workers, each with state it creates itself (its own OCR engine or orientation
/// detector) and keeps to itself. The first error stops every worker after its current job and is rethrown.
///
/// Each worker is a serial queue of its own: those are served by Dispatch's overcommitting threads, so a worker
/// that blocks (on a hand-off, on the writer) never keeps another pool's worker from starting, whatever the number
/// of cores.
public enum WorkerPool {
    /// Takes jobs from `next` until it returns nil.
    public static func run<Job: Sendable, State>(
        _ name: String,
        workers: Int,
        next: @escaping @Sendable () -> Job?,
        makeState: @escaping @Sendable (Int) throws -> State,
        body: @escaping @Sendable (inout State, Job) throws -> Void
    ) throws {
        let firstError = Mutex<(any Error)?>(nil)
        let group = DispatchGroup()
        for worker in 0..<max(1, workers) {
            DispatchQueue(label: "digitise.\(name).\(worker)").async(group: group) { @Sendable in
                do {
                    var state = try makeState(worker)
                    while firstError.withLock({ $0 == nil }), let job = next() {
                        try body(&state, job)
                    }
                } catch {
                    firstError.withLock { if $0 == nil { $0 = error } }
                }
            }
        }
        group.wait()
        if let error = firstError.withLock({ $0 }) { throw error }
    }

}
