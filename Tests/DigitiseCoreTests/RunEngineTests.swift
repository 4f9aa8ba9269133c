import DigitiseCore
import Foundation
import ImageCodecs
import TestSupport
import Testing

/// The run engine on the in-memory store and catalog, with the real inbox reader and decoders, a plain normaliser
/// and a scripted OCR engine (no Tesseract: fast, and able to make a page fail on purpose).
@Suite struct RunEngineTests {
    let inbox: TemporaryFolder
    let harness = RunHarness(store: MemoryObjectStore(), catalog: MemoryCatalog())

    init() throws {
        inbox = try TemporaryFolder("inbox")
        try inbox.copy(Repository.fixture("tiff-multipage-3.tif"), to: "PF-1/letter.tif")
        try inbox.copy(Repository.fixture("png-gray8.png"), to: "PF-1/photo/page-1.png")
        try inbox.copy(Repository.fixture("truncated.png"), to: "PF-1/photo/page-2.png")
        try inbox.copy(Repository.fixture("text-named.png"), to: "PF-2/scan.png")
        try inbox.copy(Repository.fixture("tiff-corrupt-page2.tif"), to: "PF-2/form.tif")
        try inbox.file("PF 3/x.png", [1])
    }

    func run(_ ocr: ScriptedOCR, pipeline: PipelineDefinition = Self.pipeline, languages: LanguagePlan? = nil) throws -> RunSummary {
        try harness.run(inbox: inbox.path, ocr: ocr, pipeline: pipeline, languages: languages)
    }

    static let pipeline = PipelineDefinition.tinyPages

    static let echo = ScriptedOCR { image in
        OCRResult(
            text: "Scanned page of \(image.width) by \(image.height) pixels. " + ScriptedOCR.pageOfText, hocr: "<html/>", meanConfidence: 90
        )
    }

    @Test func brokenInputIsRecordedAndTheBatchGoesOn() throws {
        let summary = try run(Self.echo)
        #expect(summary.exitStatus == ExitStatus.partial.rawValue)
        #expect(summary.counts.files == 2)
        #expect(summary.counts.documents == 4)
        // letter 3 + photo 2 + scan 1 (unreadable source) + form 3
        #expect(summary.counts.pages == 9)
        #expect(summary.counts.pagesDone == 6)
        #expect(summary.counts.pagesFailed == 3)
        let codes = Set(summary.counts.failures.map(\.code))
        #expect(codes == ["decode.truncated", "decode.not-an-image", "decode.corrupt", "inbox.bad-file-id"])
        #expect(summary.counts.failures.contains { $0.subject == "PF-2/form page 2" && $0.code == "decode.corrupt" })
        // The broken originals are kept bit-exact all the same.
        // (Found among what the run stored, never stored by the test itself.)
        for name in ["text-named.png", "truncated.png", "tiff-corrupt-page2.tif"] {
            let original = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Repository.fixture(name))))
            #expect(try harness.store.allObjectHashes().contains { try harness.store.read($0) == original }, "\(name) kept")
        }
    }

    @Test func aLanguageMapReadsItsFilesWithTheirLanguagesAndARunWithoutItRereadsJustThose() throws {
        let plan = try LanguagePlan(defaultLanguages: Self.pipeline.ocr.languages, map: "PF-2 deu\n", source: "map")
        let mapped = ScriptedOCR { _ in OCRResult(text: ScriptedOCR.pageOfText, hocr: "", meanConfidence: 90) }
        _ = try run(mapped, languages: plan)
        let catalog = harness.catalog
        let german = try catalog.pageKeys(ofFile: FileID(validating: "PF-2")!).compactMap(\.ocrKey)
        let default_ = try catalog.pageKeys(ofFile: FileID(validating: "PF-1")!).compactMap(\.ocrKey)
        #expect(german.count == 2)  // form.tif pages 1 and 3; page 2 is corrupt, scan.png is no image
        #expect(german.allSatisfy { $0.contains("languages=deu;") && $0.contains("[deu]") }, "\(german)")
        #expect(default_.count == 4)
        #expect(default_.allSatisfy { $0.contains("languages=lav+rus+eng;") && $0.contains("[lav+rus+eng]") }, "\(default_)")
        #expect(Set(mapped.languagesAsked) == ["deu", "lav+rus+eng"])
        #expect(mapped.recognitions == 6)

        // Without the map, the pipeline's languages apply: exactly the pages read in German are taken up again.
        // Russian among the languages, they are turned by OSD rather than Leptonica (ExpectedScript), so they are
        // normalised again; their images come out equal to PF-1/letter.tif's pages 1 and 3, already read with those
        // languages: the OCR memo answers, and nothing is read.
        let plain = ScriptedOCR { _ in OCRResult(text: ScriptedOCR.pageOfText + " Read again.", hocr: "", meanConfidence: 90) }
        let again = try run(plain)
        #expect(again.pagesProcessed == 2)
        #expect(plain.recognitions == 0)
        let now = try catalog.pageKeys(ofFile: FileID(validating: "PF-2")!).compactMap(\.ocrKey)
        #expect(now.count == 2 && now.allSatisfy { $0.contains("languages=lav+rus+eng;") }, "\(now)")
    }

    @Test func aSecondRunDoesNoWork() throws {
        let first = try run(Self.echo)
        let counting = ScriptedOCR { _ in OCRResult(text: ScriptedOCR.pageOfText, hocr: "", meanConfidence: 90) }
        let second = try run(counting)
        // 6 read, 1 failed in decoding (the corrupt TIFF page); the truncated PNG is refused at ingest, from a chunk
        // that declares more bytes than the file holds.
        #expect(first.pagesProcessed == 6 + 1)
        #expect(second.pagesProcessed == 0)
        #expect(counting.recognitions == 0)
        #expect(second.counts.pagesDone == first.counts.pagesDone)
        #expect(second.counts.pagesFailed == first.counts.pagesFailed)
    }

    @Test func aFailingPageFailsAloneWithItsCode() throws {
        let flaky = ScriptedOCR { image throws(OCRError) in
            if image.height == 32 && image.width == 64 && image[8, 16] < 60 { throw .timeout(seconds: 120) }
            return OCRResult(text: ScriptedOCR.pageOfText, hocr: "", meanConfidence: 90)
        }
        let summary = try run(flaky)
        #expect(summary.counts.failures.contains { $0.code == "ocr.timeout" && $0.stage == "ocr" })
        #expect(summary.exitStatus == ExitStatus.partial.rawValue)
    }

    /// OCR is memoised by content: a document whose pages move (a new version) is not read again, while a new
    /// engine version reads everything again.
    @Test func derivationsAreMemoisedByContent() throws {
        _ = try run(Self.echo)
        try FileManager.default.moveItem(atPath: inbox.path + "/PF-1/letter.tif", toPath: inbox.path + "/PF-1/letter-renamed.tif")
        let counting = ScriptedOCR { _ in OCRResult(text: ScriptedOCR.pageOfText, hocr: "", meanConfidence: 90) }
        let moved = try run(counting)
        #expect(moved.pagesProcessed == 3)
        #expect(moved.pagesMemoised == 3)
        #expect(counting.recognitions == 0)

        try FileManager.default.moveItem(atPath: inbox.path + "/PF-1/letter-renamed.tif", toPath: inbox.path + "/PF-1/letter-again.tif")
        let upgraded = ScriptedOCR(identity: "scripted 2") { _ in OCRResult(text: ScriptedOCR.pageOfText, hocr: "", meanConfidence: 90) }
        let redone = try run(upgraded)
        #expect(redone.pagesMemoised == 0)
        // The new engine reads again every page of this inbox's documents that had been read: the letter under its
        // new name (3 pages) and the 3 other pages read. The letter's earlier names are no longer in the inbox: a
        // run leaves them alone.
        #expect(upgraded.recognitions == 6)
        #expect(redone.pagesProcessed == 6)
    }

    /// A changed OCR parameter redoes OCR only (the normalised images are reused); a changed normalise parameter
    /// redoes normalisation and OCR; the old derivations stay in the catalog.
    @Test func changingOneStageParameterRedoesThatStageAndTheOnesAfter() throws {
        let catalog = harness.catalog
        let firstRun = try run(Self.echo)
        let first = try catalog.finishedPageKeys(batch: firstRun.batch)
        #expect(first.count == 6)

        var ocrChanged = Self.pipeline
        ocrChanged.ocr.pageSegmentationMode = 6
        let reread = ScriptedOCR { _ in OCRResult(text: ScriptedOCR.pageOfText, hocr: "", meanConfidence: 90) }
        let secondRun = try run(reread, pipeline: ocrChanged)
        let second = try catalog.finishedPageKeys(batch: secondRun.batch)
        #expect(reread.recognitions == 6)
        #expect(second.map(\.normaliseKey) == first.map(\.normaliseKey), "normalisation reused")
        #expect(zip(second, first).allSatisfy { $0.ocrKey != $1.ocrKey })
        let old = try #require(first.first?.ocrKey)
        #expect(try catalog.derivation(forKey: old) != nil, "the old OCR is kept")

        // Cropping the borders changes the normalised image, so OCR must read it again. (A parameter that leaves the
        // image as it was, such as binarising these pages of pure black and white, redoes normalisation and then
        // finds the OCR in the memo.)
        var normaliseChanged = ocrChanged
        normaliseChanged.normalise.cropBorders = true
        let again = ScriptedOCR { _ in OCRResult(text: ScriptedOCR.pageOfText, hocr: "", meanConfidence: 90) }
        let thirdRun = try run(again, pipeline: normaliseChanged)
        #expect(again.recognitions == 6)
        #expect(zip(try catalog.finishedPageKeys(batch: thirdRun.batch), second).allSatisfy { $0.normaliseKey != $1.normaliseKey })

        let settled = ScriptedOCR { _ in OCRResult(text: ScriptedOCR.pageOfText, hocr: "", meanConfidence: 90) }
        let quiet = try run(settled, pipeline: normaliseChanged)
        #expect(settled.recognitions == 0 && quiet.pagesProcessed == 0)
    }
}
