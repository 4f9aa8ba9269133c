import DigitiseCore
import Foundation
import ImageCodecs
import TestSupport
import Testing

/// `digitise review rescan` and `review transcribe`: what people do about a page the pipeline found no text on,
/// through the real binary: a page of ink specks (unreadable) beside a sample page (read).
@Suite(.serialized) struct UnreadablePageCommandTests {
    static let file = "PF-2020-000777"

    func digitise(_ arguments: String...) throws -> CommandResult { try Command.run(Repository.binary, arguments) }

    func pages(_ archive: TemporaryFolder, _ document: String) throws -> [[String: Any]] {
        let show = try digitise("show", Self.file, "--archive", archive.path, "--format", "json")
        let record = try #require(try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any])
        let documents = try #require(record["documents"] as? [[String: Any]])
        return try #require(documents.first { $0["name"] as? String == document }?["pages"] as? [[String: Any]])
    }

    func document(_ archive: TemporaryFolder, _ name: String) throws -> [String: Any] {
        let show = try digitise("show", Self.file, "--archive", archive.path, "--format", "json")
        let record = try #require(try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any])
        return try #require((record["documents"] as? [[String: Any]])?.first { $0["name"] as? String == name })
    }

    @Test func anUnreadablePageIsMarkedForARescanOrTranscribedAndThenFoundBySearch() throws {
        let inbox = try TemporaryFolder("inbox")
        let archive = try TemporaryFolder("archive")
        let desk = try TemporaryFolder("desk")
        try FileManager.default.createDirectory(atPath: inbox.path + "/" + Self.file, withIntermediateDirectories: true)
        try inbox.copy(
            Repository.samplesInbox + "/PF-2019-004512/02-pases-kopija.png", to: Self.file + "/01-pases-kopija.png")
        try TIFFWriter.write(SilentLossTests.specks(), dpi: 300, to: inbox.path + "/\(Self.file)/02-specks.tif")
        let run = try digitise("run", inbox.path, "--archive", archive.path, "--quiet")
        #expect(run.status == 2, "the specks are unreadable: \(run.stderr.suffix(500))")
        #expect(try pages(archive, "02-specks").first?["status"] as? String == "unreadable")

        // Refusals: a page that has text, a page that does not exist, an empty transcription.
        // Long enough to classify (the nightly pipeline classifies from 80 characters).
        let letter = """
            Iesniegums. Es, kaimiņš Zeltkalns, apliecinu, ka Jānis Bērziņš dzīvo Cēsīs, Rīgas ielā 5, kopš 2015. gada \
            un strādā kokapstrādes uzņēmumā par galdnieku.
            """
        let typed = try desk.file("typed.txt", Array((letter + "\n").utf8))
        let empty = try desk.file("empty.txt", Array("  \n".utf8))
        let read = try digitise("review", "transcribe", Self.file, "01-pases-kopija", "1", "--text-file", typed, "--archive", archive.path)
        #expect(read.status == 65 && read.stderr.contains("only a page without text"), "\(read.stderr)")
        let missing = try digitise("review", "rescan", Self.file, "02-specks", "7", "--archive", archive.path)
        #expect(missing.status == 66 && missing.stderr.contains("no page 7"), "\(missing.stderr)")
        let nothing = try digitise("review", "transcribe", Self.file, "02-specks", "1", "--text-file", empty, "--archive", archive.path)
        #expect(nothing.status == 65 && nothing.stderr.contains("empty"), "\(nothing.stderr)")

        // A rescan asked for: the page keeps waiting, marked, with who asked.
        let rescan = try digitise(
            "review", "rescan", Self.file, "02-specks", "1", "--operator", "A. Ozola", "--note", "dust on the glass", "--archive",
            archive.path)
        #expect(rescan.status == 0, "\(rescan.stderr)")
        var specks = try #require(try pages(archive, "02-specks").first)
        #expect(specks["status"] as? String == "unreadable" && specks["mark"] as? String == "rescan-requested")
        #expect((specks["marked_by"] as? String)?.hasPrefix("A. Ozola on ") == true)

        // Transcribed by hand: the page is done with the typed text, search finds it, the author is on record.
        let transcribe = try digitise(
            "review", "transcribe", Self.file, "02-specks", "1", "--text-file", typed, "--operator", "B. Kalns", "--archive", archive.path)
        #expect(transcribe.status == 0, "\(transcribe.stderr)")
        specks = try #require(try pages(archive, "02-specks").first)
        #expect(specks["status"] as? String == "done" && specks["mark"] as? String == "transcribed")
        #expect(specks["text"] as? String == letter)
        let search = try digitise("search", "Zeltkalns", "--archive", archive.path, "--format", "json")
        #expect(search.stdout.contains(Self.file) && search.stdout.contains("02-specks"), "\(search.stdout)")
        let events = try digitise("events", Self.file, "--archive", archive.path)
        #expect(events.stdout.contains("transcribed by hand by B. Kalns") && events.stdout.contains("rescan requested by A. Ozola"))
        // The typed text is an object of the store like any other: verify re-hashes it.
        #expect(try digitise("verify", "--archive", archive.path).status == 0)

        // The next night over the same inbox leaves the typed text alone (no engine reads the paper better).
        let again = try digitise("run", inbox.path, "--archive", archive.path, "--quiet")
        #expect(again.status == 0, "every page has its text now: \(again.stderr.suffix(500))")
        #expect(try pages(archive, "02-specks").first?["text"] as? String == letter)

        // The run classified it from the typed text; reprocessing keeps the typed text in the new version.
        let reprocess = try digitise("reprocess", Self.file, "--from", "ocr", "--archive", archive.path)
        #expect(reprocess.status == 0, "\(reprocess.stderr)")
        let classified = try document(archive, "02-specks")
        #expect(classified["class"] as? String != nil, "classified from the transcription: \(classified)")
        #expect(classified["status"] as? String == "done")
        let kept = try #require(try pages(archive, "02-specks").first)
        #expect(kept["mark"] as? String == "transcribed" && kept["text"] as? String == letter, "the new version keeps the typed text")
    }
}
