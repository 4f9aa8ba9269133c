import Foundation

/// The pages a worker sharing the catalog reads, claimed ahead of the reading and written behind it, so that the
/// queue's round trips overlap the reading instead of standing between one page and the next (`LeasedPageWork`):
///
/// ```
/// claimer thread ──► claims ahead (up to leasing.chunk) ──► next() ──► reading ──► submit() ──► recorder thread ──► catalog
/// ```
/// A claim is in hand from its claiming until its outcome is written or it is given back, and one heartbeat keeps
/// every claim in hand alive. The stream runs dry when nothing is left to claim and no page waits but this worker's
/// own: while other workers hold pages it keeps looking every `leasing.poll`, so that the pages of one that dies are
/// taken over once its lease runs out.
///
/// A stop (`stopping` turns true: a signal, the failure guard) ends it too: no further claim, and a `next()` waiting
/// for others' pages returns nil within a `leasing.poll`.
///
/// The first error of either thread ends the stream (`next()` returns nil, `submit` throws) and is rethrown by
/// `finish()`.
public final class ClaimedPageStream: @unchecked Sendable {
    // @unchecked: every stored `var` is read and written only with `condition` locked.
    private let condition = NSCondition()
    private let leasing: PageLeasing
    private let stopping: @Sendable () -> Bool
    /// Outcomes waiting for the recorder beyond this make `submit` wait: memory stays flat if the catalog is slow.
    private let recordBacklog: Int
    private var ahead: [PageClaim] = []
    private var inHand: [Int64: PageClaim] = [:]
    private var toRecord: [PageOutcome] = []
    private var dry = false
    private var claimingStopped = false
    private var draining = false
    private var claimerDone = false
    private var recorderDone = false
    private var failure: (any Error)?
    private var refusedResults = 0
    private var claimsMade = 0
    private var takeoverCount = 0
    private var filesClaimed: Set<FileID> = []
    private var heartbeat: LeaseHeartbeat?

    /// Starts claiming at once.
    /// - Parameter stopping: whether the worker is stopping (`RunControl.stopReason != nil`), asked before each claim.
    public init(_ leasing: PageLeasing, stopping: @escaping @Sendable () -> Bool = { false }) {
        self.leasing = leasing
        self.stopping = stopping
        recordBacklog = 4 * leasing.chunk
        heartbeat = LeaseHeartbeat(leasing: leasing) { [self] in locked { Array(inHand.values) } }
        Thread { [self] in claimLoop() }.start()
        Thread { [self] in recordLoop() }.start()
    }

    /// The next claimed page, waiting for a claim; nil once the stream has run dry, failed or is finishing.
    public func next() -> PageJob? {
        condition.lock()
        defer { condition.unlock() }
        while ahead.isEmpty && !dry && !claimingStopped && failure == nil { condition.wait() }
        guard failure == nil, !claimingStopped, !ahead.isEmpty else { return nil }
        condition.broadcast()  // room to claim another
        return ahead.removeFirst().job
    }

    /// Hands outcomes of claimed pages to the recorder; waits only while the recorder is far behind.
    public func submit(_ outcomes: [PageOutcome]) throws {
        condition.lock()
        defer { condition.unlock() }
        while toRecord.count >= recordBacklog && failure == nil { condition.wait() }
        if let failure { throw failure }
        toRecord += outcomes
        condition.broadcast()
    }

    /// Stops claiming, writes every outcome submitted, stops the heartbeat and gives back the claims whose outcome
    /// was not written (claimed ahead, or left by a stop), so others take them at once. Rethrows the stream's error.
    public func finish() throws {
        condition.lock()
        claimingStopped = true
        condition.broadcast()
        while !claimerDone { condition.wait() }
        draining = true
        condition.broadcast()
        while !recorderDone { condition.wait() }
        let unwritten = Array(inHand.values)
        let failure = self.failure
        condition.unlock()
        heartbeat?.stop()
        heartbeat = nil
        if let failure {
            try? leasing.leases.releaseClaims(unwritten)
            throw failure
        }
        try leasing.leases.releaseClaims(unwritten)
        locked { inHand = [:] }
    }

    /// Results the catalog refused because another worker had taken the page over (its lease had run out).
    public var refused: Int { locked { refusedResults } }
    /// Claims made, each of one or more pages.
    public var claims: Int { locked { claimsMade } }
    /// Pages claimed whose lease had run out in another worker's hands.
    public var takeovers: Int { locked { takeoverCount } }
    /// The personal files of every page claimed.
    public var files: Set<FileID> { locked { filesClaimed } }

    private func claimLoop() {
        while true {
            condition.lock()
            while ahead.count >= leasing.chunk && !claimingStopped { condition.wait() }
            let wanted = leasing.chunk - ahead.count
            let stop = claimingStopped || failure != nil || stopping()
            if stop {
                dry = true  // nothing more will come: a waiting next() returns
                condition.broadcast()
            }
            condition.unlock()
            if stop { break }
            do {
                let claimed = try leasing.leases.claimPages(worker: leasing.worker, limit: wanted, lease: leasing.lease)
                if !claimed.isEmpty {
                    locked {
                        for claim in claimed { inHand[claim.job.pageID] = claim }
                        ahead += claimed
                        claimsMade += 1
                        takeoverCount += claimed.filter { $0.takenOverFrom != nil }.count
                        filesClaimed.formUnion(claimed.map(\.job.fileID))
                        condition.broadcast()
                    }
                    continue
                }
                if try leasing.leases.pendingPageCount(besides: leasing.worker) == 0 {
                    locked {
                        dry = true
                        condition.broadcast()
                    }
                    break
                }
                // Others hold what waits: look again later (sooner if the stream is finishing).
                condition.lock()
                let until = Date().addingTimeInterval(leasing.poll.inSeconds)
                while !claimingStopped && condition.wait(until: until) {}
                condition.unlock()
            } catch {
                fail(error)
                break
            }
        }
        locked {
            claimerDone = true
            condition.broadcast()
        }
    }

    private func recordLoop() {
        while true {
            condition.lock()
            while toRecord.isEmpty && !draining && failure == nil { condition.wait() }
            let batch = toRecord
            toRecord = []
            let claimed = batch.compactMap { outcome in inHand[outcome.pageID].map { (claim: $0, outcome: outcome) } }
            let stop = batch.isEmpty || failure != nil
            condition.broadcast()  // room in the backlog
            condition.unlock()
            if stop { break }
            do {
                let lost = try leasing.leases.recordClaimedPages(claimed)
                locked {
                    refusedResults += lost.count
                    for outcome in batch { inHand[outcome.pageID] = nil }
                    condition.broadcast()
                }
            } catch {
                fail(error)
                break
            }
        }
        locked {
            recorderDone = true
            condition.broadcast()
        }
    }

    private func fail(_ error: any Error) {
        locked {
            if failure == nil { failure = error }
            condition.broadcast()
        }
    }

    private func locked<T>(_ body: () throws -> T) rethrows -> T {
        condition.lock()
        defer { condition.unlock() }
        return try body()
    }
}
