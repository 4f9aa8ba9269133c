import Synchronization
import TestSupport
import Testing

@testable import DigitiseCore

/// A run stopped by a full disk still closes its batch: when the close is refused too (the catalog shares the
/// disk), the space set aside for it is given back and the close tried once more.
@Suite struct ClosingOnErrorTests {
    struct DiskFull: Error {}

    /// The in-memory ledger on a disk that refuses every write until space is freed.
    final class FullDiskLedger: BatchLedger {
        let catalog = MemoryCatalog()
        let full = Mutex(true)

        func beginBatch(_ start: BatchStart) throws -> Int64 { try catalog.beginBatch(start) }
        func recordInboxProblem(_ problem: InboxProblem, batch: Int64) throws { try catalog.recordInboxProblem(problem, batch: batch) }
        func finishBatch(_ id: Int64, status: String, summaryJSON: String) throws {
            if full.withLock({ $0 }) { throw DiskFull() }
            try catalog.finishBatch(id, status: status, summaryJSON: summaryJSON)
        }
        func summary(ofBatch id: Int64, failureLimit: Int) throws -> BatchCounts {
            try catalog.summary(ofBatch: id, failureLimit: failureLimit)
        }
    }

    @Test func theBatchIsClosedFailedWithTheReserveGivenBack() throws {
        let ledger = FullDiskLedger()
        let batch = try ledger.beginBatch(
            BatchStart(inbox: "inbox", pipelineName: "nightly", pipelineVersion: 1, workers: 1, program: "test"))
        let freed = Mutex(0)
        #expect(throws: DiskFull.self) {
            try ledger.closingOnError(
                batch,
                freeSpace: {
                    freed.withLock { $0 += 1 }; ledger.full.withLock { $0 = false }
                }
            ) {
                throw DiskFull()
            }
        }
        #expect(freed.withLock { $0 } == 1)
        #expect(try ledger.catalog.closeAbandonedBatches(status: "abandoned", reason: "test") == 0, "no batch left running")
    }

    @Test func aCloseThatSucceedsLeavesTheReserveAlone() throws {
        let ledger = FullDiskLedger()
        ledger.full.withLock { $0 = false }
        let batch = try ledger.beginBatch(
            BatchStart(inbox: "inbox", pipelineName: "nightly", pipelineVersion: 1, workers: 1, program: "test"))
        let freed = Mutex(0)
        #expect(throws: DiskFull.self) {
            try ledger.closingOnError(batch, freeSpace: { freed.withLock { $0 += 1 } }) { throw DiskFull() }
        }
        #expect(freed.withLock { $0 } == 0)
        #expect(try ledger.catalog.closeAbandonedBatches(status: "abandoned", reason: "test") == 0, "no batch left running")
    }
}
