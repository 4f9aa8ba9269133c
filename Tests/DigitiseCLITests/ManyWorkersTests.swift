import Foundation
import TestSupport
import Testing

/// Many `digitise run` processes on one archive whose catalog is on the tests' own PostgreSQL server: together they
/// make exactly what one run on the embedded catalog makes, no page is read twice, and a worker killed with SIGKILL
/// in the middle of a page costs nothing but the time until its lease runs out.
@Suite(.serialized) struct ManyWorkersTests {
    static let files = ["PF-2019-004512", "PF-2020-001187", "PF-2021-000342"]

    /// A worker started in the background: the supervising process, whose reading process dies with it.
    final class Worker {
        let process = Process()
        let output: String

        init(archive: String, catalog: String, leaseSeconds: Int) throws {
            output = NSTemporaryDirectory() + "digitise-worker-\(UUID().uuidString).json"
            FileManager.default.createFile(atPath: output, contents: nil)
            process.executableURL = URL(fileURLWithPath: Repository.binary)
            process.arguments = [
                "run", Repository.samplesInbox, "--archive", archive, "--catalog", catalog, "--workers", "1",
                "--lease-seconds", String(leaseSeconds), "--format", "json",
            ]
            process.standardOutput = FileHandle(forWritingAtPath: output)
            process.standardError = FileHandle.nullDevice
            try process.run()
        }

        deinit { try? FileManager.default.removeItem(atPath: output) }

        /// Waits for the worker's end and returns its exit status and how many pages it read.
        func finish() throws -> (status: Int32, pagesRead: Int) {
            process.waitUntilExit()
            let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output))) as? [String: Any]
            return (process.terminationStatus, summary?["pages_processed"] as? Int ?? -1)
        }
    }

    func digitise(_ arguments: [String]) throws -> CommandResult { try Command.run(Repository.binary, arguments) }

    /// What the archive holds, as the commands show it, without what differs by nature between runs (batch ids,
    /// times, who wrote an event): each file's documents, pages, texts and classes, each file's events as a
    /// multiset, and the objects stored.
    func content(archive: String, catalog: [String], objects: String) throws -> [String] {
        var parts: [String] = []
        for file in Self.files {
            let shown = try digitise(["show", file, "--archive", archive, "--format", "json"] + catalog)
            parts.append(file + " " + shown.stdout)
            let events = try digitise(["events", file, "--archive", archive, "--format", "json"] + catalog)
            let list = try JSONSerialization.jsonObject(with: Data(events.stdout.utf8)) as? [[String: Any]] ?? []
            parts += try list.map { event in
                var kept = event
                kept["at"] = nil
                kept["agent"] = nil
                return String(decoding: try JSONSerialization.data(withJSONObject: kept, options: [.sortedKeys]), as: UTF8.self)
            }.sorted()
        }
        parts.append(objects)
        return parts
    }

    func reference() throws -> (archive: TemporaryFolder, content: [String]) {
        let archive = try TemporaryFolder("reference")
        let run = try digitise(["run", Repository.samplesInbox, "--archive", archive.path, "--quiet"])
        try #require(run.status == 0, "\(run.stderr)")
        let objects = try Command.run("/usr/bin/sqlite3", [archive.path + "/catalog.sqlite", "SELECT hash, size FROM objects ORDER BY 1"])
        return (archive, try content(archive: archive.path, catalog: [], objects: objects.stdout.replacingOccurrences(of: "|", with: " ")))
    }

    func fleetContent(archive: String, address: String, database: String) throws -> [String] {
        let objects = try PostgresServer.shared.get().psql(
            "SELECT hash || ' ' || size FROM objects ORDER BY hash COLLATE \"C\"", database: database)
        return try content(archive: archive, catalog: ["--catalog", address], objects: objects)
    }

    func migratedCatalog() throws -> (address: String, database: String) {
        let address = try PostgresServer.shared.get().createDatabase()
        let migrated = try digitise(["catalog", "migrate", "--catalog", address])
        try #require(migrated.status == 0, "\(migrated.stderr)")
        return (address, String(address.split(separator: "/").last ?? ""))
    }

    @Test func threeWorkersMakeWhatOneRunMakesAndReadEachPageOnce() throws {
        let (single, expected) = try reference()
        let (address, database) = try migratedCatalog()
        let archive = try TemporaryFolder("shared")
        let workers = try (0..<3).map { _ in try Worker(archive: archive.path, catalog: address, leaseSeconds: 120) }
        let ends = try workers.map { try $0.finish() }
        #expect(ends.map(\.status) == [0, 0, 0])
        let pages = try Command.run("/usr/bin/sqlite3", [single.path + "/catalog.sqlite", "SELECT count(*) FROM pages"])
        #expect(
            ends.map(\.pagesRead).reduce(0, +) == Int(pages.stdout.trimmingCharacters(in: .whitespacesAndNewlines)),
            "every page read by exactly one worker: \(ends.map(\.pagesRead))")
        #expect(try fleetContent(archive: archive.path, address: address, database: database) == expected)
    }

    @Test func aWorkerKilledMidPageLosesNothing() throws {
        let (_, expected) = try reference()
        let (address, database) = try migratedCatalog()
        let archive = try TemporaryFolder("shared")
        let server = try PostgresServer.shared.get()
        let doomed = try Worker(archive: archive.path, catalog: address, leaseSeconds: 4)
        // Killed once it holds pages: in the middle of reading them.
        var held = ""
        for _ in 0..<600 where held.isEmpty {
            usleep(50_000)
            held = try server.psql(
                "SELECT count(*) FROM pages WHERE lease_owner IS NOT NULL AND status = 'pending' HAVING count(*) > 0", database: database)
        }
        try #require(!held.isEmpty, "the worker never claimed a page")
        kill(doomed.process.processIdentifier, SIGKILL)
        doomed.process.waitUntilExit()
        #expect(doomed.process.terminationReason == .uncaughtSignal)
        // Its batch was kept alive for 4 s at most after the kill: past that (a second of slack), the next worker
        // to start closes it.
        Thread.sleep(forTimeInterval: 5)

        let survivor = try Worker(archive: archive.path, catalog: address, leaseSeconds: 4)
        let end = try survivor.finish()
        #expect(end.status == 0)
        #expect(try fleetContent(archive: archive.path, address: address, database: database) == expected)
        #expect(
            try server.psql("SELECT string_agg(status, ',' ORDER BY id) FROM batches", database: database) == "abandoned,ok\n",
            "the dead worker's batch is closed, not left running")
    }

    /// `work --follow` reads what waits, then waits for new pages: a run that adds documents wakes it (LISTEN/NOTIFY,
    /// well before its once-a-minute look at the catalog), and SIGTERM ends it as an interrupted run.
    @Test func aFollowingWorkerWakesForNewPagesAndStopsOnSIGTERM() throws {
        let (address, database) = try migratedCatalog()
        let archive = try TemporaryFolder("shared")
        let output = try TemporaryFolder("output")
        let worker = Process()
        worker.executableURL = URL(fileURLWithPath: Repository.binary)
        worker.arguments = ["work", "--archive", archive.path, "--catalog", address, "--follow", "--format", "json", "--workers", "1"]
        let lines = output.path + "/lines.json"
        FileManager.default.createFile(atPath: lines, contents: nil)
        worker.standardOutput = FileHandle(forWritingAtPath: lines)
        worker.standardError = FileHandle.nullDevice
        try worker.run()
        func passes() -> [[String: Any]] {
            ((try? String(contentsOfFile: lines, encoding: .utf8)) ?? "").split(separator: "\n").compactMap {
                try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
            }
        }
        func waitFor(_ count: Int) -> Bool {
            for _ in 0..<300 where passes().count < count { usleep(100_000) }
            return passes().count >= count
        }
        try #require(waitFor(1), "the first pass (nothing waits yet) ends and is reported")
        #expect(passes().first?["pages_processed"] as? Int == 0)

        let run = try digitise(["run", Repository.samplesInbox, "--archive", archive.path, "--catalog", address, "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(waitFor(2), "woken by the run's new documents within 30 s")
        kill(worker.processIdentifier, SIGTERM)
        worker.waitUntilExit()
        #expect(worker.terminationStatus == 130)
        let pending = try PostgresServer.shared.get().psql("SELECT count(*) FROM pages WHERE status = 'pending'", database: database)
        #expect(pending == "0\n")
    }

    @Test func workNeedsASharedCatalog() throws {
        let archive = try TemporaryFolder("own")
        let result = try Command.run(Repository.binary, ["work", "--archive", archive.path], environment: ["DIGITISE_CATALOG": ""])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--catalog postgres://"), "\(result.stderr)")
    }
}
