import Foundation
import TestSupport
import Testing

/// A crash in a C library costs the page in hand, never the night: `digitise run` supervises its reading process,
/// restarts it after a crash or a hang, and fails a page in hand at two abnormal ends. The crashes and hangs are the
/// debug build's trigger (`DIGITISE_TEST_FAULTS=1` and a marker in the page's bytes).
@Suite(.serialized) struct CrashContainmentTests {
    let faults = ["DIGITISE_TEST_FAULTS": "1"]

    func digitise(_ arguments: [String], environment: [String: String] = [:]) throws -> CommandResult {
        try Command.run(Repository.binary, arguments, environment: environment)
    }

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// One sample document, a good page and one marked page in its own personal file.
    func inbox(marker: String) throws -> TemporaryFolder {
        let inbox = try TemporaryFolder("inbox")
        try inbox.copy(Repository.samplesInbox + "/PF-2020-001187/02-darba-ligums", to: "PF-2020-001187/02-darba-ligums")
        try inbox.file("PF-FAULT/good.png", try MarkedPage.png(marker: "an ordinary page"))
        try inbox.file("PF-FAULT/bad.png", try MarkedPage.png(marker: marker))
        return inbox
    }

    func failures(_ summary: [String: Any]) -> [[String: Any]] {
        ((summary["counts"] as? [String: Any])?["failures"] as? [[String: Any]]) ?? []
    }

    func sql(_ archive: String, _ query: String) throws -> String {
        try Command.run("/usr/bin/sqlite3", [archive + "/catalog.sqlite", query]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func aPageThatCrashesTheReaderTwiceIsFailedAndTheNightFinishes() throws {
        let inbox = try inbox(marker: "digitise-test-crash")
        let archive = try TemporaryFolder("archive")
        let run = try digitise(["run", inbox.path, "--archive", archive.path, "--format", "json"], environment: faults)
        #expect(run.status == 2, "\(run.stderr.suffix(2000))")
        let summary = try json(run.stdout)
        let counts = try #require(summary["counts"] as? [String: Any])
        #expect(counts["pages_done"] as? Int == 3, "the sample's two pages and the good one")
        #expect(counts["pages_failed"] as? Int == 1)
        let failure = try #require(failures(summary).first)
        #expect(failure["subject"] as? String == "PF-FAULT/bad page 1")
        #expect(failure["code"] as? String == "reader.crashed")
        #expect(failure["stage"] as? String == "normalise")
        #expect((failure["message"] as? String)?.contains("SIGSEGV") == true)
        #expect(run.stderr.contains("killed by SIGSEGV"), "the supervisor says what happened")

        // Every batch is closed: the two the crashes ended, and the one that finished.
        #expect(try sql(archive.path, "SELECT status FROM batches ORDER BY id") == "crashed\ncrashed\npartial")
        let report = try digitise(["report", "failures", "--archive", archive.path, "--format", "json"])
        #expect(report.status == 0)
        #expect(report.stdout.contains("reader.crashed") && report.stdout.contains("PF-FAULT"))

        // The failed page is never tried again by a run (only a reprocess takes it up): no crash, same result.
        let again = try digitise(["run", inbox.path, "--archive", archive.path, "--format", "json"], environment: faults)
        #expect(again.status == 2)
        #expect(!again.stderr.contains("SIGSEGV"))
        #expect(try json(again.stdout)["pages_processed"] as? Int == 0)
        #expect(failures(try json(again.stdout)).first?["code"] as? String == "reader.crashed")
    }

    @Test func aPageThatHangsTheReaderIsStoppedByTheWatchdog() throws {
        // Small pages only: a real page can take longer than this test's short watchdog on a loaded machine.
        let inbox = try TemporaryFolder("inbox")
        try inbox.file("PF-FAULT/good.png", try MarkedPage.png(marker: "an ordinary page"))
        try inbox.file("PF-FAULT/bad.png", try MarkedPage.png(marker: "digitise-test-hang"))
        let archive = try TemporaryFolder("archive")
        let folder = try TemporaryFolder("pipeline")
        var yaml = try String(contentsOfFile: Repository.root + "/pipelines/nightly.yaml", encoding: .utf8)
        yaml = yaml.replacingOccurrences(of: "page_watchdog_seconds: 600", with: "page_watchdog_seconds: 5")
            .replacingOccurrences(of: "deadline_seconds: 120", with: "deadline_seconds: 4")
        let pipeline = try folder.file("quick-watchdog.yaml", Array(yaml.utf8))
        let run = try digitise(
            ["run", inbox.path, "--archive", archive.path, "--pipeline", pipeline, "--format", "json"], environment: faults)
        #expect(run.status == 2, "\(run.stderr.suffix(2000))")
        let failure = try #require(failures(try json(run.stdout)).first)
        #expect(failure["subject"] as? String == "PF-FAULT/bad page 1")
        #expect(failure["code"] as? String == "reader.hung")
        #expect((failure["message"] as? String)?.contains("no progress for 5 s") == true)
        #expect(try sql(archive.path, "SELECT count(*) FROM pages WHERE status = 'done'") == "1")
    }

    @Test func aFileThatCrashesTheReaderAtIngestIsFailedWithoutStoppingIngest() throws {
        let inbox = try inbox(marker: "digitise-test-crash-at-ingest")
        let archive = try TemporaryFolder("archive")
        let run = try digitise(["run", inbox.path, "--archive", archive.path, "--format", "json"], environment: faults)
        #expect(run.status == 2, "\(run.stderr.suffix(2000))")
        let failure = try #require(failures(try json(run.stdout)).first)
        #expect(failure["subject"] as? String == "PF-FAULT/bad page 1")
        #expect(failure["code"] as? String == "reader.crashed")
        #expect(failure["stage"] as? String == "ingest")
        // The original is kept, like every other file's.
        #expect(try sql(archive.path, "SELECT count(*) FROM document_sources WHERE relative_path = 'bad.png'") == "1")
        #expect(try sql(archive.path, "SELECT count(*) FROM pages WHERE status = 'done'") == "3")
    }
}
