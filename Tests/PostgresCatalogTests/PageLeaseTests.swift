import DigitiseCore
import Foundation
import PostgresCatalog
import TestSupport
import Testing

/// Many workers on one catalog: pages claimed with SKIP LOCKED and a lease on the server's clock, each claim with a
/// fencing token, so no page is worked twice at once and a late result from a worker whose lease was taken over is
/// never written.
@Suite struct PageLeaseTests {
    /// A catalog with one document of `pages` pages waiting.
    func catalogWithPages(_ pages: Int) throws -> PostgresCatalog {
        let catalog = try FreshCatalog.make()
        let batch = try catalog.beginBatch(CatalogFixture.start)
        _ = try catalog.registerDocument(CatalogFixture.document("letters", object: 1, pages: pages), batch: batch)
        return catalog
    }

    @Test func workersClaimDifferentPagesAndAClaimedPageWaitsForNoOneElse() throws {
        let catalog = try catalogWithPages(5)
        let first = try catalog.claimPages(worker: "a", limit: 2, lease: .seconds(60))
        let second = try catalog.claimPages(worker: "b", limit: 10, lease: .seconds(60))
        #expect(first.map(\.job.number) == [1, 2])
        #expect(second.map(\.job.number) == [3, 4, 5])
        #expect(try catalog.claimPages(worker: "c", limit: 10, lease: .seconds(60)).isEmpty, "every page is held")
        #expect(Set((first + second).map(\.fence)).count == 5, "every claim drew its own token")
        #expect((first + second).allSatisfy { $0.takenOverFrom == nil })
    }

    @Test func aDeadWorkersPagesAreTakenOverAfterItsLeaseAndItsLateResultIsRefused() throws {
        let catalog = try catalogWithPages(2)
        // Leases and pauses leave a second of slack, so a loaded machine's scheduling cannot end a lease early.
        let dead = try catalog.claimPages(worker: "dead", limit: 2, lease: .seconds(1))
        #expect(dead.count == 2)
        #expect(try catalog.claimPages(worker: "alive", limit: 2, lease: .seconds(60)).isEmpty, "not before the lease ends")
        Thread.sleep(forTimeInterval: 2)
        let alive = try catalog.claimPages(worker: "alive", limit: 2, lease: .seconds(60))
        #expect(alive.map(\.job.pageID) == dead.map(\.job.pageID))
        #expect(alive.allSatisfy { $0.takenOverFrom == "dead" }, "a takeover is said as such")
        #expect(zip(alive, dead).allSatisfy { $0.fence > $1.fence })

        // The stalled worker wakes and reports: refused, nothing of it written.
        let late = try catalog.recordClaimedPages(dead.map { ($0, CatalogFixture.read($0.job, text: "late words")) })
        #expect(late == dead)
        #expect(try catalog.pendingPages().count == 2, "the late result did not finish the pages")
        #expect(try catalog.renewLeases(dead, lease: .seconds(60)).isEmpty, "its heartbeat learns it lost them")

        #expect(try catalog.renewLeases(alive, lease: .seconds(60)) == alive)
        #expect(try catalog.recordClaimedPages(alive.map { ($0, CatalogFixture.read($0.job, text: "the words")) }).isEmpty)
        #expect(try catalog.pendingPages().isEmpty)
        let keys = try catalog.pageKeys(ofFile: CatalogFixture.file("PF-1"))
        #expect(keys.map { $0.ocrKey } == alive.map { CatalogFixture.ocr($0.job, text: "the words").key }, "the taker's result stands")
        // A result for a finished page is refused too, even with the latest token.
        #expect(try catalog.recordClaimedPages(alive.map { ($0, CatalogFixture.blank($0.job)) }) == alive)
    }

    @Test func aHeartbeatKeepsTheLeaseAndAReleaseHandsThePagesOnAtOnce() throws {
        let catalog = try catalogWithPages(3)
        // Renewed every 0.5 s for 2 s, each time for 1.5 s: past its first lease, with a second of slack per beat.
        let held = try catalog.claimPages(worker: "a", limit: 3, lease: .milliseconds(1500))
        for _ in 0..<4 {
            Thread.sleep(forTimeInterval: 0.5)
            #expect(try catalog.renewLeases(held, lease: .milliseconds(1500)) == held)
        }
        #expect(try catalog.claimPages(worker: "b", limit: 3, lease: .seconds(60)).isEmpty, "kept alive past its first lease")
        try catalog.releaseClaims(Array(held.prefix(2)))
        let taken = try catalog.claimPages(worker: "b", limit: 3, lease: .seconds(60))
        #expect(taken.map(\.job.pageID) == held.prefix(2).map(\.job.pageID))
        #expect(taken.allSatisfy { $0.takenOverFrom == nil }, "a released page is handed on, not taken over")
    }

    /// Eight workers on their own connections claim at once, again and again: no page is ever held by two.
    @Test func workersClaimingAtOnceNeverShareAPage() async throws {
        let location = try FreshCatalog.location()
        let setup = try PostgresCatalog(location)
        let batch = try setup.beginBatch(CatalogFixture.start)
        for n in 0..<10 {
            _ = try setup.registerDocument(CatalogFixture.document("doc-\(n)", object: n, pages: 20), batch: batch)
        }
        let claims = try await withThrowingTaskGroup(of: [PageClaim].self) { group in
            for worker in 0..<8 {
                group.addTask {
                    let catalog = try PostgresCatalog(location)
                    var mine: [PageClaim] = []
                    while true {
                        let claimed = try catalog.claimPages(worker: "w\(worker)", limit: 3, lease: .seconds(60))
                        if claimed.isEmpty { return mine }
                        mine += claimed
                        #expect(try catalog.recordClaimedPages(claimed.map { ($0, CatalogFixture.blank($0.job)) }).isEmpty)
                    }
                }
            }
            return try await group.reduce(into: []) { $0 += $1 }
        }
        #expect(claims.count == 200)
        #expect(Set(claims.map(\.job.pageID)).count == 200, "no page claimed twice")
        #expect(try setup.pendingPages().isEmpty)
    }

    /// Two workers ingesting the same inbox register each document once, whoever comes first.
    @Test func ingestIsIdempotentAcrossWorkers() async throws {
        let location = try FreshCatalog.location()
        let registrations = try await withThrowingTaskGroup(of: [DocumentRegistration].self) { group in
            for _ in 0..<4 {
                group.addTask {
                    let catalog = try PostgresCatalog(location)
                    let batch = try catalog.beginBatch(CatalogFixture.start)
                    return try (0..<10).map { n in
                        try catalog.registerDocument(CatalogFixture.document("doc-\(n)", object: n, pages: 2), batch: batch)
                    }
                }
            }
            return try await group.reduce(into: []) { $0 += $1 }
        }
        #expect(registrations.filter(\.isNewVersion).count == 10, "each document registered once")
        #expect(Set(registrations.map(\.documentID)).count == 10)
        #expect(try PostgresCatalog(location).pendingPages().count == 20)
    }
}

/// A changed pipeline's redo on a shared catalog: finished pages marked to be read again are claimed as waiting ones,
/// keep their results until the new outcome, and are marked only while they still hold the keys judged stale.
@Suite struct PageRequeueTests {
    @Test func aRequeuedPageIsClaimedKeepsItsTextUntilReadAgainAndIsReadOnce() throws {
        let catalog = try PageLeaseTests().catalogWithPages(2)
        let first = try catalog.claimPages(worker: "a", limit: 2, lease: .seconds(60))
        #expect(try catalog.recordClaimedPages(first.map { ($0, CatalogFixture.read($0.job, text: "old words")) }).isEmpty)
        #expect(try catalog.pendingPageCount() == 0)
        let finished = try catalog.pageKeys(ofFile: CatalogFixture.file("PF-1"))

        // Marked once, whichever workers judge it stale; a mark for keys the page no longer holds is ignored.
        #expect(try catalog.requeue([finished[0]]) == 1)
        #expect(try catalog.requeue([finished[0]]) == 0, "already marked")
        #expect(try catalog.pendingPageCount() == 1)
        #expect(try catalog.search(SearchQuery(text: "old")).count == 2, "the page keeps its text while it waits")

        let again = try catalog.claimPages(worker: "b", limit: 2, lease: .seconds(60))
        #expect(again.map(\.job.pageID) == [finished[0].job.pageID], "only the marked page is claimed")
        #expect(try catalog.claimPages(worker: "c", limit: 2, lease: .seconds(60)).isEmpty, "and by one worker")
        #expect(try catalog.renewLeases(again, lease: .seconds(60)) == again)
        #expect(
            try catalog.recordClaimedPages(again.map { ($0, CatalogFixture.read($0.job, text: "new words", engine: "engine 2")) }).isEmpty)
        #expect(try catalog.pendingPageCount() == 0, "the new outcome clears the mark")
        #expect(try catalog.search(SearchQuery(text: "new")).map(\.page) == [1])
        #expect(try catalog.claimPages(worker: "c", limit: 2, lease: .seconds(60)).isEmpty)
        #expect(try catalog.requeue([finished[0]]) == 0, "keys judged before the new reading mark nothing")
        #expect(try catalog.recordClaimedPages(again.map { ($0, CatalogFixture.blank($0.job)) }) == again, "nor can it be written twice")
    }
}

/// A run over a shared catalog reads again the finished pages a changed pipeline would derive differently, as a run
/// on the embedded catalog does, and they are read once among the workers.
@Suite struct SharedRedoTests {
    @Test func aChangedEngineRereadsTheFinishedPagesOfTheInbox() throws {
        let location = try FreshCatalog.location()
        let catalog = try PostgresCatalog(location)
        let inbox = try TemporaryFolder("inbox")
        try SyntheticInbox.distinctPages(into: inbox.path)
        let harness = RunHarness(store: MemoryObjectStore(), catalog: catalog)
        let leasing = PageLeasing(leases: catalog, fleet: catalog, worker: "test/1", lease: .seconds(60), chunk: 4)
        func engine(_ identity: String, _ text: String) -> ScriptedOCR {
            ScriptedOCR(identity: identity) { _ in OCRResult(text: text, hocr: "", meanConfidence: 90) }
        }
        let first = try harness.run(
            inbox: inbox.path, ocr: engine("scripted 1", "Erste Lesung der Seite"), pipeline: FleetTests.pipeline, leasing: leasing)
        #expect(first.pagesProcessed == 24 && first.counts.pagesDone == 24)
        let unchanged = try harness.run(
            inbox: inbox.path, ocr: engine("scripted 1", "Erste Lesung der Seite"), pipeline: FleetTests.pipeline, leasing: leasing)
        #expect(unchanged.pagesProcessed == 0, "nothing is stale under the same engine")

        let better = try harness.run(
            inbox: inbox.path, ocr: engine("scripted 2", "Zweite Lesung der Seite"), pipeline: FleetTests.pipeline, leasing: leasing)
        #expect(better.pagesProcessed == 24, "every page read again, once")
        #expect(better.counts.pagesDone == 24 && better.stopped == nil)
        #expect(try catalog.search(SearchQuery(text: "zweite", limit: 100)).count == 24)
        #expect(try catalog.search(SearchQuery(text: "erste", limit: 100)).isEmpty)
        #expect(try catalog.pendingPageCount() == 0)
    }
}
