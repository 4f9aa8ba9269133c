import DigitiseCore
import Dispatch
import Foundation
import PostgresCatalog
import Synchronization
import TestSupport
import Testing

/// A leased worker's pages: claimed ahead of the reading, written behind it, given back when it stops, and waited
/// for while another worker holds them.
@Suite struct ClaimedPageStreamTests {
    func leasing(_ catalog: PostgresCatalog, worker: String, chunk: Int) -> PageLeasing {
        PageLeasing(leases: catalog, fleet: catalog, worker: worker, lease: .seconds(60), chunk: chunk, poll: .milliseconds(200))
    }

    /// Whether `condition` holds within `seconds` (a state another thread reaches; only its coming is asserted, not
    /// how soon).
    func eventually(within seconds: Double = 30, _ condition: () throws -> Bool) rethrows -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try condition() { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return try condition()
    }

    /// What the stream's `next()` gave within `seconds`: a page, nil (dry), or nothing yet (`.stuck`), so that a
    /// stream waiting when it should not fails the test instead of hanging it.
    enum Taken: Equatable {
        case page(PageJob)
        case dry
        case stuck
    }

    func take(_ stream: ClaimedPageStream, within seconds: Double = 30) -> Taken {
        let given = Mutex<Taken>(.stuck)
        let done = DispatchSemaphore(value: 0)
        Thread {
            let job = stream.next()
            given.withLock { $0 = job.map(Taken.page) ?? .dry }
            done.signal()
        }.start()
        _ = done.wait(timeout: .now() + seconds)
        return given.withLock { $0 }
    }

    func page(_ taken: Taken) throws -> PageJob {
        guard case .page(let job) = taken else { throw StreamGave(taken: taken) }
        return job
    }

    struct StreamGave: Error { let taken: Taken }

    @Test func theNextPageIsClaimedWhileOneIsReadAndTheStreamRunsDryWithItsOwnLast() throws {
        let catalog = try PageLeaseTests().catalogWithPages(3)
        let stream = ClaimedPageStream(leasing(catalog, worker: "a", chunk: 1))
        let first = try page(take(stream))
        #expect(try eventually { try catalog.pendingPageCount(besides: "a") == 1 }, "a second page claimed before the first is written")
        #expect(try catalog.pendingPageCount() == 3, "nothing written yet")
        try stream.submit([CatalogFixture.read(first, text: "first page")])
        let second = try page(take(stream))
        try stream.submit([CatalogFixture.read(second, text: "second page")])
        let third = try page(take(stream))
        #expect(take(stream) == .dry, "no page waits but the one in hand: dry, without waiting for its own result")
        try stream.submit([CatalogFixture.read(third, text: "third page")])
        try stream.finish()
        #expect(Set([first, second, third].map(\.pageID)).count == 3)
        #expect(try catalog.pendingPageCount() == 0, "every outcome written by the time finish returns")
        #expect(try catalog.search(SearchQuery(text: "page")).count == 3)
        #expect(stream.claims == 3 && stream.takeovers == 0 && stream.refused == 0)
        #expect(stream.files == [CatalogFixture.file("PF-1")])
    }

    @Test func finishingGivesBackThePagesClaimedAheadForOthersAtOnce() throws {
        let catalog = try PageLeaseTests().catalogWithPages(4)
        let stream = ClaimedPageStream(leasing(catalog, worker: "a", chunk: 2))
        let first = try page(take(stream))
        #expect(try eventually { try catalog.pendingPageCount(besides: "a") == 1 }, "two claimed ahead of the one in hand")
        try stream.submit([CatalogFixture.blank(first)])
        try stream.finish()
        #expect(try catalog.pendingPageCount(besides: nil) == 3)
        let taken = try catalog.claimPages(worker: "b", limit: 10, lease: .seconds(60))
        #expect(taken.count == 3, "the pages claimed ahead were given back, not left to their lease")
        #expect(taken.allSatisfy { $0.takenOverFrom == nil })
    }

    @Test func whileAnotherWorkerHoldsAPageTheStreamWaitsAndTakesItOverWhenItsLeaseRunsOut() throws {
        let catalog = try PageLeaseTests().catalogWithPages(2)
        let dead = try #require(try catalog.claimPages(worker: "dead", limit: 1, lease: .seconds(2)).first)
        let stream = ClaimedPageStream(leasing(catalog, worker: "a", chunk: 1))
        let mine = try page(take(stream))
        #expect(mine.pageID != dead.job.pageID)
        try stream.submit([CatalogFixture.blank(mine)])
        let taken = try page(take(stream))
        #expect(taken.pageID == dead.job.pageID)
        try stream.submit([CatalogFixture.blank(taken)])
        #expect(take(stream) == .dry)
        try stream.finish()
        #expect(stream.takeovers == 1)
        #expect(
            try catalog.recordClaimedPages([(dead, CatalogFixture.blank(dead.job))]) == [dead], "the dead worker's late result is refused")
        #expect(try catalog.pendingPageCount() == 0)
    }

    @Test func aStopEndsAWaitForOthersPagesAndClaimsNoMore() throws {
        let catalog = try PageLeaseTests().catalogWithPages(2)
        _ = try catalog.claimPages(worker: "other", limit: 1, lease: .seconds(60))
        let stopped = Mutex(false)
        let stream = ClaimedPageStream(leasing(catalog, worker: "a", chunk: 1)) { stopped.withLock { $0 } }
        let mine = try page(take(stream))
        try stream.submit([CatalogFixture.blank(mine)])
        #expect(take(stream, within: 2) == .stuck, "waiting for the page the other worker holds")
        stopped.withLock { $0 = true }
        #expect(take(stream) == .dry, "a stop ends the wait")
        try stream.finish()
        #expect(stream.claims == 1)
        #expect(try catalog.pendingPageCount() == 1, "the other worker's page still waits for it")
    }

    @Test func pendingPagesBesidesAWorkerLeaveOutOnlyWhatItHoldsUnderARunningLease() throws {
        let catalog = try PageLeaseTests().catalogWithPages(4)
        _ = try catalog.claimPages(worker: "a", limit: 1, lease: .seconds(60))
        _ = try catalog.claimPages(worker: "b", limit: 1, lease: .seconds(1))
        #expect(try catalog.pendingPageCount(besides: "a") == 3)
        #expect(try catalog.pendingPageCount(besides: "c") == 4)
        #expect(try catalog.pendingPageCount() == 4)
        Thread.sleep(forTimeInterval: 2)
        #expect(try catalog.pendingPageCount(besides: "b") == 4, "a lease run out holds nothing")
    }
}
