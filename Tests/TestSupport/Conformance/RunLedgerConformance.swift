import DigitiseCore
import Testing

/// The contract of `RunLedger` that crash containment relies on, for any catalog: abnormal ends are counted per
/// page or source file; a page in hand at one is suspect, at `limit` failed; an outcome forgets a page's ends; a
/// source at `limit` is listed for ingest to fail; batches a dead process left running are closed.
public struct RunLedgerConformance {
    public typealias Catalog = BatchLedger & PageQueue & RunLedger
    let make: () throws -> any Catalog

    /// - Parameter make: a new, empty catalog for each scenario.
    public init(make: @escaping () throws -> any Catalog) {
        self.make = make
    }

    public func run() {
        ConformanceScenario.runEach([
            .init("an abnormal end below the limit makes a page suspect", anAbnormalEndMakesAPageSuspect),
            .init("an abnormal end at the limit fails the page", theLimitFailsThePage),
            .init("an outcome forgets a page's abnormal ends", anOutcomeForgetsTheEnds),
            .init("a source file at the limit is listed as crashed", aSourceAtTheLimitIsCrashed),
            .init("abandoned batches are closed", abandonedBatchesAreClosed),
        ])
    }

    /// A catalog with one document of two pages waiting.
    func waiting() throws -> (catalog: any Catalog, batch: Int64, jobs: [PageJob]) {
        let catalog = try make()
        let batch = try catalog.beginBatch(CatalogFixture.start)
        _ = try catalog.registerDocument(CatalogFixture.document("letter", object: 1, pages: 2), batch: batch)
        return (catalog, batch, try catalog.pendingPages())
    }

    func anAbnormalEndMakesAPageSuspect() throws {
        let (catalog, _, jobs) = try waiting()
        #expect(try catalog.suspectPages().isEmpty)
        let named = try catalog.recordAbnormalEnd([InHand(.page(jobs[0].pageID), stage: .ocr)], cause: .signal(11), limit: 2)
        #expect(named.map(\.name) == ["PF-1/letter page 1"] && named.map(\.failed) == [false])
        #expect(try catalog.suspectPages() == [jobs[0].pageID])
        #expect(try catalog.pendingPages().count == 2, "a suspect page still waits")
    }

    func theLimitFailsThePage() throws {
        let (catalog, batch, jobs) = try waiting()
        let inHand = [InHand(.page(jobs[0].pageID), stage: .ocr), InHand(.page(jobs[1].pageID), stage: .normalise)]
        _ = try catalog.recordAbnormalEnd([inHand[0]], cause: .signal(11), limit: 2)
        let named = try catalog.recordAbnormalEnd(inHand, cause: .hung(seconds: 600), limit: 2)
        #expect(named.map(\.name) == ["PF-1/letter page 1", "PF-1/letter page 2"])
        #expect(named.map(\.failed) == [true, false])
        #expect(try catalog.pendingPages().map(\.pageID) == [jobs[1].pageID], "a failed page is not taken up again")
        #expect(try catalog.suspectPages() == [jobs[1].pageID])
        let counts = try catalog.summary(ofBatch: batch, failureLimit: 10)
        #expect(counts.pagesFailed == 1)
        let failure = try #require(counts.failures.first)
        #expect(failure.subject == "PF-1/letter page 1" && failure.code == "reader.hung" && failure.stage == "ocr")

        let crashed = try catalog.recordAbnormalEnd([inHand[1]], cause: .signal(6), limit: 2)
        #expect(crashed.map(\.failed) == [true])
        #expect(try catalog.summary(ofBatch: batch, failureLimit: 10).failures.map(\.code) == ["reader.hung", "reader.crashed"])
        #expect(try catalog.suspectPages().isEmpty && catalog.pendingPages().isEmpty)
    }

    func anOutcomeForgetsTheEnds() throws {
        let (catalog, _, jobs) = try waiting()
        let inHand = [InHand(.page(jobs[0].pageID), stage: .ocr)]
        _ = try catalog.recordAbnormalEnd(inHand, cause: .signal(11), limit: 2)
        try catalog.recordPage(CatalogFixture.read(jobs[0], text: "read after all"))
        #expect(try catalog.suspectPages().isEmpty)
        // A bystander starts again from zero: one more end does not reach the limit of two.
        let named = try catalog.recordAbnormalEnd(inHand, cause: .signal(11), limit: 2)
        #expect(named.map(\.failed) == [false])
    }

    func aSourceAtTheLimitIsCrashed() throws {
        let (catalog, _, _) = try waiting()
        let known = CatalogFixture.hash(1)
        let unknown = CatalogFixture.hash(2)
        let named = try catalog.recordAbnormalEnd(
            [InHand(.source(known), stage: .ingest), InHand(.source(unknown), stage: .ingest)], cause: .signal(11), limit: 2)
        #expect(named.map(\.name) == ["PF-1/letter.tif", "source file \(unknown.hex.prefix(12))"])
        #expect(try catalog.crashedSources().isEmpty, "below the limit, a source is read again")
        let again = try catalog.recordAbnormalEnd([InHand(.source(known), stage: .ingest)], cause: .signal(11), limit: 2)
        #expect(again.map(\.failed) == [true])
        let crashed = try catalog.crashedSources()
        #expect(Array(crashed.keys) == [known])
        #expect(crashed[known]?.code == "reader.crashed" && crashed[known]?.stage == .ingest)
    }

    func abandonedBatchesAreClosed() throws {
        let catalog = try make()
        let finished = try catalog.beginBatch(CatalogFixture.start)
        _ = try catalog.beginBatch(CatalogFixture.start)
        _ = try catalog.beginBatch(CatalogFixture.start)
        try catalog.finishBatch(finished, status: "complete", summaryJSON: "{}")
        #expect(try catalog.closeAbandonedBatches(status: "abandoned", reason: "killed") == 2)
        #expect(try catalog.closeAbandonedBatches(status: "abandoned", reason: "killed") == 0)
    }
}
