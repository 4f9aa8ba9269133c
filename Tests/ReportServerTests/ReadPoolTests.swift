import Catalog
import DigitiseCore
import Dispatch
import Hummingbird
import Synchronization
import TestSupport
import Testing

@testable import ReportServer

/// The server's reads wait for a thread of their own in a bounded queue: beyond it, 503 at once.
@Suite struct ReadPoolTests {
    @Test func beyondItsQueueThePoolAnswersBusyAtOnce() async throws {
        let pool = ReadPool(threads: 1, maxWaiting: 1)
        let gate = DispatchSemaphore(value: 0)
        async let held: Int = pool.run {
            gate.wait()
            return 1
        }
        try await Task.sleep(for: .milliseconds(200))  // the one thread now holds the first job
        async let queued: Int = pool.run { 2 }
        try await Task.sleep(for: .milliseconds(200))
        do {
            _ = try await pool.run { 3 }
            Issue.record("a third job was taken with one thread busy and one job waiting")
        } catch let error as HTTPError {
            #expect(error.status == .serviceUnavailable)
            #expect(error.headers[.retryAfter] != nil)
        }
        gate.signal()
        #expect(try await held == 1)
        #expect(try await queued == 2)
    }

    @Test func aQueryPastTheDeadlineIsStoppedAndAnswered503() async throws {
        let folder = try TemporaryFolder("catalog")
        let path = folder.path + "/catalog.sqlite"
        _ = try SQLiteCatalog(path: path)
        // 200,000 objects: a scan of them is far more than the handler's few thousand steps.
        _ = try Command.run(
            "/usr/bin/sqlite3",
            [
                path,
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200000) "
                    + "INSERT INTO objects(hash, size, media_type, created_at) SELECT printf('%064x', i), 1, 'x', 'now' FROM n",
            ])
        let unlimited = try SQLiteCatalog(path: path, readOnly: true)
        #expect(try unlimited.knownObjectHashes().count == 200_000)
        let limited = try SQLiteCatalog(path: path, readOnly: true, readDeadline: .zero)
        #expect(throws: ArchiveQueryError.self) { try limited.knownObjectHashes() }
        do {
            _ = try await ReadPool(threads: 1, maxWaiting: 4).run { try limited.knownObjectHashes() }
            Issue.record("the query ran past its deadline")
        } catch let error as HTTPError {
            #expect(error.status == .serviceUnavailable)
        }
    }
}
