import DigitiseCore
import Foundation
import PostgresCatalog
import TestSupport
import Testing

/// The batches of workers sharing one catalog: kept alive on the server's clock, each with its pages tried and
/// failed, so that every worker's failure guard weighs the whole fleet's pages and a dead worker's batch is closed.
@Suite struct FleetTests {
    static let readable = ScriptedOCR { _ in OCRResult(text: ScriptedOCR.pageOfText, hocr: "", meanConfidence: 90) }
    static let broken = ScriptedOCR { _ throws(OCRError) in throw .recognitionFailed("scanner delivered noise") }

    /// The guard trips when more than half of at least four pages failed.
    static let pipeline: PipelineDefinition = {
        var p = PipelineDefinition.tinyPages
        p.batch.failureGuardMinPages = 4
        p.batch.failureGuardShare = 0.5
        return p
    }()

    func status(of batch: Int64, in location: PostgresLocation) throws -> String {
        try FreshCatalog.server().psql("SELECT status FROM batches WHERE id = \(batch)", database: location.database)
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func eachWorkerLearnsWhatTheOtherLiveBatchesTriedAndFailed() throws {
        let catalog = try FreshCatalog.make()
        let (a, b, c, finished) = (
            try catalog.beginBatch(CatalogFixture.start), try catalog.beginBatch(CatalogFixture.start),
            try catalog.beginBatch(CatalogFixture.start), try catalog.beginBatch(CatalogFixture.start)
        )
        #expect(try catalog.keepAlive(batch: a, for: .seconds(60), tried: 10, failed: 1) == PageCounts())
        #expect(try catalog.keepAlive(batch: b, for: .seconds(60), tried: 20, failed: 5) == PageCounts(tried: 10, failed: 1))
        _ = try catalog.keepAlive(batch: finished, for: .seconds(60), tried: 1000, failed: 1000)
        try catalog.finishBatch(finished, status: "ok", summaryJSON: "{}")
        _ = try catalog.keepAlive(batch: c, for: .seconds(1), tried: 300, failed: 300)
        Thread.sleep(forTimeInterval: 2)
        #expect(
            try catalog.keepAlive(batch: a, for: .seconds(60), tried: 12, failed: 1) == PageCounts(tried: 20, failed: 5),
            "a finished batch and one no longer kept alive are not the fleet's")
        #expect(try catalog.keepAlive(batch: b, for: .seconds(60), tried: 25, failed: 5) == PageCounts(tried: 12, failed: 1))
    }

    @Test func onlyABatchNoLongerKeptAliveIsClosed() throws {
        let location = try FreshCatalog.location()
        let catalog = try PostgresCatalog(location)
        let (lapsed, alive, single) = (
            try catalog.beginBatch(CatalogFixture.start), try catalog.beginBatch(CatalogFixture.start),
            try catalog.beginBatch(CatalogFixture.start)
        )
        _ = try catalog.keepAlive(batch: lapsed, for: .seconds(1), tried: 0, failed: 0)
        _ = try catalog.keepAlive(batch: alive, for: .seconds(60), tried: 0, failed: 0)
        #expect(try catalog.closeLapsedBatches(status: "abandoned", reason: "gone") == 0, "not before its keep-alive ends")
        Thread.sleep(forTimeInterval: 2)
        #expect(try catalog.closeLapsedBatches(status: "abandoned", reason: "gone") == 1)
        #expect(try status(of: lapsed, in: location) == "abandoned")
        #expect(try status(of: alive, in: location) == "running")
        #expect(try status(of: single, in: location) == "running", "a batch never kept alive is a single process's, alive or not")
    }

    /// A worker whose own pages read well stops when the fleet's fail: the scanner is broken, not its pages.
    @Test func theFailureGuardStopsAWorkerWhenTheFleetsPagesFail() throws {
        let (summary, _) = try runBesideAnotherWorker(tried: 100, failed: 90, ocr: Self.readable)
        #expect(summary.stopped == .failureGuard)
        #expect(summary.exitStatus == ExitStatus.abortedByFailureGuard.rawValue)
        #expect(summary.counts.pagesFailed == 0, "its own pages were fine")
        #expect(summary.counts.pagesPending > 0, "it stopped before reading them all")
    }

    /// A worker whose own pages all fail goes on while the fleet's read well: its pages are broken, not the scanner.
    @Test func theFailureGuardLetsAWorkerGoOnWhenOnlyItsOwnPagesFail() throws {
        let (summary, _) = try runBesideAnotherWorker(tried: 1000, failed: 0, ocr: Self.broken)
        #expect(summary.stopped == nil)
        #expect(summary.counts.pagesFailed == 24)
        #expect(summary.counts.pagesPending == 0)
    }

    /// The same broken pages, with the other worker's batch finished: the guard weighs this worker's pages alone.
    @Test func withoutALiveFleetTheGuardWeighsTheWorkersOwnPages() throws {
        let (summary, other) = try runBesideAnotherWorker(tried: 1000, failed: 0, ocr: Self.broken, otherFinished: true)
        #expect(summary.stopped == .failureGuard)
        #expect(try status(of: other.batch, in: other.location) == "ok")
    }

    /// A leased run over 24 distinct pages while another worker's batch has published `tried` and `failed`.
    func runBesideAnotherWorker(tried: Int, failed: Int, ocr: ScriptedOCR, otherFinished: Bool = false) throws
        -> (RunSummary, (batch: Int64, location: PostgresLocation))
    {
        let location = try FreshCatalog.location()
        let catalog = try PostgresCatalog(location)
        let other = try catalog.beginBatch(CatalogFixture.start)
        _ = try catalog.keepAlive(batch: other, for: .seconds(600), tried: tried, failed: failed)
        if otherFinished { try catalog.finishBatch(other, status: "ok", summaryJSON: "{}") }
        let inbox = try TemporaryFolder("inbox")
        try SyntheticInbox.distinctPages(into: inbox.path)
        let leasing = PageLeasing(leases: catalog, fleet: catalog, worker: "test/1", lease: .seconds(60), chunk: 4)
        let summary = try RunHarness(store: MemoryObjectStore(), catalog: catalog).run(
            inbox: inbox.path, ocr: ocr, pipeline: Self.pipeline, leasing: leasing)
        return (summary, (other, location))
    }
}
