import Synchronization

/// The pages a run has tried and failed, counted as outcomes arrive, for its failure guard. Shared by every list the
/// run reads (the suspects alone, then the rest; a leased worker's chunk after chunk), so that the guard weighs the
/// run's whole work; a worker sharing its catalog adds the rest of the fleet's, as last published (`FleetLedger`).
final class PageTally: Sendable {
    private let own = Mutex(PageCounts())
    private let others = Mutex(PageCounts())

    /// Counts one outcome and returns what the guard weighs: this run's pages and the rest of the fleet's.
    func count(failed: Bool) -> PageCounts {
        let mine = own.withLock { counts in
            counts.tried += 1
            if failed { counts.failed += 1 }
            return counts
        }
        return mine + others.withLock { $0 }
    }

    /// This run's own pages so far.
    var counted: PageCounts { own.withLock { $0 } }

    /// What the rest of the fleet has tried and failed, as its workers last published it.
    func fleetPublished(_ counts: PageCounts) {
        others.withLock { $0 = counts }
    }
}
