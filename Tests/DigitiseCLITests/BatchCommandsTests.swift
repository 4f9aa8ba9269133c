import Foundation
import TestSupport
import Testing

/// `check`, Ctrl-C and `reprocess` through the real binary.
@Suite(.serialized) struct BatchCommandsTests {
    func digitise(_ arguments: String...) throws -> CommandResult {
        try Command.run(Repository.binary, arguments)
    }

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func checkListsEveryProblemWithoutWritingAnything() throws {
        let inbox = try TemporaryFolder("inbox")
        try inbox.copy(Repository.samplesInbox + "/PF-2020-001187/02-darba-ligums/page-1.png", to: "PF-1/good.png")
        try inbox.copy(Repository.hostile("png-32x32.png"), to: "PF-1/thumbnail.png")
        // A page-sized JPEG cut half-way into its scan: its header is sound, so check cannot see the damage.
        let jpeg = try [UInt8](
            Data(contentsOf: URL(fileURLWithPath: Repository.samplesInbox + "/PF-2019-004512/03-dzimsanas-apliciba.jpg")))
        try inbox.file("PF-1/cut.jpg", Array(jpeg.prefix(jpeg.count / 2)))
        try inbox.copy(Repository.fixture("text-named.png"), to: "PF-2/notes.png")
        try inbox.copy(Repository.fixture("bomb.tif"), to: "PF-2/form.tif")
        try inbox.file("PF-2/blank.png", [])
        // A page body broken past a sound header is only found by decoding it: check cannot see it, run records it.
        try inbox.copy(Repository.hostile("tiff-corrupt-page2.tif"), to: "PF-3/letter.tif")
        try inbox.file("bad id!/x.png", [1])
        let before = try FileManager.default.subpathsOfDirectory(atPath: inbox.path).sorted()

        let check = try digitise("check", inbox.path, "--format", "json")
        #expect(check.status == 2, "\(check.stderr)")
        let report = try json(check.stdout)
        #expect(report["files"] as? Int == 3)
        let problems = try #require(report["problems"] as? [[String: Any]])
        let found = Set(problems.map { "\($0["path"] as? String ?? "?") \($0["code"] as? String ?? "?")" })
        #expect(found.contains("PF-2/notes.png decode.not-an-image"))
        #expect(found.contains("PF-2/form.tif decode.too-large"))
        #expect(found.contains("PF-2/blank.png decode.empty"))
        #expect(found.contains("bad id! inbox.bad-file-id"))
        #expect(found.contains("PF-1/thumbnail.png decode.too-small"))
        #expect(found.count == 5, "\(found)")
        #expect(try FileManager.default.subpathsOfDirectory(atPath: inbox.path).sorted() == before)

        let clean = try digitise("check", Repository.samplesInbox)
        #expect(clean.status == 0)
        #expect(clean.stdout.contains("no problems"))
        #expect(try digitise("check", inbox.path + "/missing").status == 66)
    }

    @Test func ctrlCFinishesThePagesInHandExits130AndTheNextRunResumes() throws {
        let archive = try TemporaryFolder("archive")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Repository.binary)
        process.arguments = ["run", Repository.samplesInbox, "--archive", archive.path, "--quiet"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Press Ctrl-C once a page has been written: a fixed delay after ingest is a race (on a loaded machine the
        // signal came before any worker had taken a page, and nothing was in hand to finish).
        let catalogPath = archive.path + "/catalog.sqlite"
        func pagesFinished() -> Int {
            (try? Command.run("/usr/bin/sqlite3", [catalogPath, "SELECT count(*) FROM pages WHERE status != 'pending'"]).stdout)
                .flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) } ?? 0
        }
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline, process.isRunning, pagesFinished() == 0 { usleep(100_000) }
        #expect(pagesFinished() > 0, "no page was written within two minutes")
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(process.terminationStatus == 130)
        let status = try Command.run("/usr/bin/sqlite3", [archive.path + "/catalog.sqlite", "SELECT status FROM batches"]).stdout
        #expect(status.trimmingCharacters(in: .whitespacesAndNewlines) == "interrupted")
        #expect(try digitise("verify", "--archive", archive.path).status == 0)
        let finishedBeforeResume = pagesFinished()

        let resumed = try digitise("run", Repository.samplesInbox, "--archive", archive.path, "--format", "json")
        #expect(resumed.status == 0, "\(resumed.stderr)")
        let summary = try json(resumed.stdout)
        let processed = summary["pages_processed"] as? Int ?? -1
        #expect(processed < 14, "the pages finished before Ctrl-C are not redone")
        // Every page is either finished by the interrupted run or read by the next one, none twice, none lost.
        #expect(processed + finishedBeforeResume == 14)
        #expect((summary["counts"] as? [String: Any])?["pages_done"] as? Int == 14)
    }

    @Test func reprocessShowsTheDiffAndRefusesAnUnknownFile() throws {
        let archive = try TemporaryFolder("archive")
        #expect(try digitise("run", Repository.samplesInbox, "--archive", archive.path, "--quiet").status == 0)
        let unknown = try digitise("reprocess", "PF-0000", "--archive", archive.path)
        #expect(unknown.status == 66)
        #expect(unknown.stderr.contains("holds no personal file PF-0000"))

        let again = try digitise(
            "reprocess", "PF-2019-004512", "--archive", archive.path, "--from", "ocr", "--operator", "A. Ozola", "--format", "json")
        #expect(again.status == 0, "\(again.stderr)")
        let summary = try json(again.stdout)
        #expect(summary["operator"] as? String == "A. Ozola")
        #expect(summary["from"] as? String == "ocr")
        let documents = try #require(summary["documents"] as? [[String: Any]])
        #expect(documents.count == 3)
        // The same engine on the same normalised pages reads the same text.
        #expect(
            documents.allSatisfy { $0["text_cer"] as? Double == 0 && $0["version"] as? Int == 2 && $0["previous_version"] as? Int == 1 })
        let events = try digitise("events", "PF-2019-004512", "--archive", archive.path)
        #expect(events.stdout.contains("reprocessing"))
        #expect(events.stdout.contains("A. Ozola"))
    }
}
