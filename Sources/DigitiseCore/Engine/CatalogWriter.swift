import Synchronization

/// Gathers page outcomes from the workers and writes them to the catalog in batches: one transaction for many
/// pages (SQLite and its full-text index pay per transaction far more than per row).
///
/// Writes stay serial: whichever thread fills a batch writes it, and the catalog serialises writers. Workers block
/// while a full batch is written, which is the back-pressure that keeps memory flat. A crash loses at most the
/// outcomes not yet written; those pages are still `pending` in the catalog and are redone by the next run.
public final class CatalogWriter: Sendable {
    private let record: @Sendable ([PageOutcome]) throws -> Void
    private let batchSize: Int
    private let maxDelay: Duration
    private let clock = ContinuousClock()
    private let buffer: Mutex<(outcomes: [PageOutcome], oldest: ContinuousClock.Instant?)>
    /// One writer at a time, so batches reach the catalog in the order they were taken.
    private let writing = Mutex(())

    /// - Parameters:
    ///   - batchSize: outcomes per transaction.
    ///   - maxDelay: an outcome waits at most about this long before it is written (checked on each submission).
    public convenience init(queue: any PageQueue, batchSize: Int = 64, maxDelay: Duration = .seconds(2)) {
        self.init(batchSize: batchSize, maxDelay: maxDelay) { try queue.recordPages($0) }
    }

    /// - Parameter record: writes one batch in one transaction (a worker sharing the catalog writes through its
    ///   leases, `LeasedPageWork`).
    public init(batchSize: Int = 64, maxDelay: Duration = .seconds(2), record: @escaping @Sendable ([PageOutcome]) throws -> Void) {
        self.record = record
        self.batchSize = max(1, batchSize)
        self.maxDelay = maxDelay
        buffer = Mutex(([], nil))
    }

    /// Queues an outcome; writes the batch when it is full or its oldest outcome has waited `maxDelay`.
    public func submit(_ outcome: PageOutcome) throws {
        let now = clock.now
        let batch: [PageOutcome]? = buffer.withLock { b in
            b.outcomes.append(outcome)
            if b.oldest == nil { b.oldest = now }
            guard b.outcomes.count >= batchSize || now - (b.oldest ?? now) >= maxDelay else { return nil }
            defer { b = ([], nil) }
            return b.outcomes
        }
        if let batch { try write(batch) }
    }

    /// Writes whatever is queued.
    public func flush() throws {
        let batch = buffer.withLock { b in
            defer { b = ([], nil) }
            return b.outcomes
        }
        try write(batch)
    }

    private func write(_ batch: [PageOutcome]) throws {
        guard !batch.isEmpty else { return }
        try writing.withLock { _ in try record(batch) }
    }
}
