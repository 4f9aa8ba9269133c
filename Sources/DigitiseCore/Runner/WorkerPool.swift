import Dispatch
import Synchronization

/// Runs jobs on `workers` Dispatch workers, each with state it creates itself (its own OCR engine) and keeps to
/// itself. The first error stops every worker after its current job and is rethrown.
public enum WorkerPool {
    public static func run<Job: Sendable, State>(
        workers: Int,
        jobs: [Job],
        shouldStop: @escaping @Sendable () -> Bool = { false },
        makeState: @escaping @Sendable (Int) throws -> State,
        body: @escaping @Sendable (inout State, Job) throws -> Void
    ) throws {
        let next = Mutex(0)
        let firstError = Mutex<(any Error)?>(nil)
        let group = DispatchGroup()
        let queue = DispatchQueue(label: "digitise.workers", attributes: .concurrent)
        for worker in 0..<max(1, min(workers, jobs.count)) {
            queue.async(group: group) { @Sendable in
                do {
                    var state = try makeState(worker)
                    while firstError.withLock({ $0 == nil }) {
                        let index = next.withLock { i -> Int in
                            defer { i += 1 }
                            return i
                        }
                        guard index < jobs.count, !shouldStop() else { break }
                        try body(&state, jobs[index])
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
