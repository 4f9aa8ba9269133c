import DigitiseCore
import Foundation
import ImageCodecs
import TestSupport
import Testing

/// No page with ink is done without its text: a faded photocopy from the degradation corpus (grey paper, pale ink,
/// noise, JPEG; plain Tesseract reads nothing on it) is read up the retry ladder, and a page of specks with no letters is `unreadable`, failed in the summary, in
/// `report failures` and in review, with its ladder in `show`.
@Suite struct SilentLossTests {
    /// An A4 page of ink specks and no letters (a dirty glass, a blank form's dust), from a fixed seed.
    static func specks() -> GreyImage {
        let (w, h) = (2480, 3508)
        var pixels = [UInt8](repeating: 255, count: w * h)
        var seed: UInt64 = 20_261_204
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        for _ in 0..<3000 {
            let (x, y, size) = (next(w - 8), next(h - 8), 3 + next(4))
            for dy in 0..<size { for dx in 0..<size { pixels[(y + dy) * w + x + dx] = 0 } }
        }
        return GreyImage(width: w, height: h, pixels: pixels, dpi: 300)
    }

    @Test func aFadedPhotocopyIsReadAndAPageOfSpecksIsUnreadableNeverDone() throws {
        let inbox = try TemporaryFolder("inbox")
        let archive = try TemporaryFolder("archive")
        try FileManager.default.createDirectory(atPath: inbox.path + "/PF-FADED", withIntermediateDirectories: true)
        try inbox.copy(Repository.root + "/Tests/Fixtures/degraded/photocopy-lv.jpg", to: "PF-FADED/01-letter.jpg")
        try TIFFWriter.write(Self.specks(), dpi: 300, to: inbox.path + "/PF-FADED/02-specks.tif")

        let run = try Command.run(Repository.binary, ["run", inbox.path, "--archive", archive.path, "--format", "json"])
        #expect(run.status == 2, "an unreadable page makes the night partial: \(run.stderr.suffix(2000))")
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let counts = try #require(summary["counts"] as? [String: Any])
        #expect(counts["pages_done"] as? Int == 1)
        #expect(counts["pages_unreadable"] as? Int == 1)
        #expect(run.stdout.contains("ocr.no-text"), "the summary names the unreadable page")

        let show = try Command.run(Repository.binary, ["show", "PF-FADED", "--archive", archive.path, "--format", "json"])
        let file = try #require(try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any])
        let documents = try #require(file["documents"] as? [[String: Any]])
        let letter = try #require(documents.first { $0["name"] as? String == "01-letter" }?["pages"] as? [[String: Any]]).first
        let specks = try #require(documents.first { $0["name"] as? String == "02-specks" }?["pages"] as? [[String: Any]]).first
        #expect(letter?["status"] as? String == "done")
        let text = (letter?["text"] as? String ?? "").lowercased()
        #expect(
            text.contains("intervijas") && text.contains("latvijas") && text.contains("pilsonis"),
            "the photocopy's words: \(text.prefix(300))")
        let climb = try #require(letter?["ladder"] as? [String: Any], "the photocopy's first reading was empty: it climbed")
        #expect(climb["chosen"] as? String != "first" && climb["unreadable"] as? Bool == false)
        #expect(specks?["status"] as? String == "unreadable")
        #expect((specks?["error"] as? [String: Any])?["code"] as? String == "ocr.no-text")
        let ladder = try #require(specks?["ladder"] as? [String: Any], "the unreadable page shows its ladder")
        #expect((ladder["ladder"] as? [Any])?.count ?? 0 >= 2, "it climbed before giving up")

        let shown = try Command.run(Repository.binary, ["show", "PF-FADED", "--archive", archive.path])
        #expect(shown.stdout.contains("ladder (") && shown.stdout.contains("unreadable"))
        let failures = try Command.run(Repository.binary, ["report", "failures", "--archive", archive.path, "--format", "json"])
        #expect(failures.stdout.contains("ocr.no-text") && failures.stdout.contains("PF-FADED"))
        let review = try Command.run(Repository.binary, ["report", "review", "--archive", archive.path, "--format", "json"])
        #expect(review.stdout.contains("02-specks"), "the unreadable page's document is in review: \(review.stdout.prefix(1500))")
    }
}
