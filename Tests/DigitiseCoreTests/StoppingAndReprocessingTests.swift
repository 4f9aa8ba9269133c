import DigitiseCore
import Foundation
import ImageCodecs
import Synchronization
import TestSupport
import Testing

/// Stopping early (a signal, the failure guard) and reprocessing by ID, on the in-memory store and catalog with a
/// scripted OCR engine.
@Suite struct StoppingAndReprocessingTests {
    let inbox: TemporaryFolder
    let harness = RunHarness(store: MemoryObjectStore(), catalog: MemoryCatalog())

    init() throws {
        inbox = try TemporaryFolder("inbox")
        // 24 pages: six documents of four pages each.
        for file in 1...3 {
            for document in 1...2 {
                for page in 1...4 {
                    try inbox.copy(Repository.fixture("png-gray8.png"), to: "PF-\(file)/doc-\(document)/page-\(page).png")
                }
            }
        }
    }

    var catalog: any RunTestCatalog { harness.catalog }

    func run(_ ocr: ScriptedOCR, control: RunControl = RunControl(), pipeline: PipelineDefinition = RunEngineTests.pipeline) throws
        -> RunSummary
    {
        try harness.run(inbox: inbox.path, ocr: ocr, pipeline: pipeline, control: control)
    }

    func reprocess(_ file: String, from: Stage? = nil, person: String, ocr: ScriptedOCR) throws -> ReprocessSummary {
        try harness.reprocess(FileID(validating: file)!, from: from, person: person, ocr: ocr, pipeline: RunEngineTests.pipeline)
    }

    @Test func theFailureGuardStopsABrokenBatchAndTheNextRunFinishesIt() throws {
        // Identical page bytes are one derivation: make every page's OCR fail by its engine, not by its content.
        let broken = ScriptedOCR { _ throws(OCRError) in throw .recognitionFailed("scanner delivered noise") }
        var pipeline = RunEngineTests.pipeline
        pipeline.batch.failureGuardMinPages = 4
        pipeline.batch.failureGuardShare = 0.5
        // Distinct pages, so nothing is memoised: 24 copies of one fixture would be one derivation.
        try distinctPages()
        let summary = try run(broken, pipeline: pipeline)
        #expect(summary.exitStatus == ExitStatus.abortedByFailureGuard.rawValue)
        #expect(summary.stopped == .failureGuard)
        #expect(summary.counts.pagesPending > 0, "the pages not tried wait")
        #expect(summary.pagesProcessed < summary.counts.pages)
        #expect(summary.counts.pagesFailed == summary.pagesProcessed)

        // The scanner fixed: the failed pages stay failed (a run does not retry them), the waiting ones are read.
        let fixed = ScriptedOCR { _ in OCRResult(text: ScriptedOCR.pageOfText, hocr: "", meanConfidence: 90) }
        let next = try run(fixed, pipeline: pipeline)
        #expect(next.counts.pagesPending == 0)
        #expect(next.counts.pagesDone == summary.counts.pagesPending)
        #expect(next.stopped == nil)
    }

    @Test func aFewBadPagesDoNotTripTheGuard() throws {
        try distinctPages()
        let counter = Counter()
        // One page in six fails: well below the nightly share of one half.
        let flaky = ScriptedOCR { _ throws(OCRError) in
            if counter.next() % 6 == 0 { throw .recognitionFailed("unreadable") }
            return OCRResult(text: ScriptedOCR.pageOfText, hocr: "", meanConfidence: 90)
        }
        let summary = try run(flaky)
        #expect(summary.stopped == nil)
        #expect(summary.exitStatus == ExitStatus.partial.rawValue)
        #expect(summary.counts.pagesPending == 0)
        #expect(summary.counts.pagesFailed == 4)
    }

    @Test func anInterruptedRunEndsWith130AndResumes() throws {
        try distinctPages()
        let control = RunControl()
        let counter = Counter()
        let interrupting = ScriptedOCR { _ in
            if counter.next() == 3 { control.stop(.interrupted) }  // Ctrl-C while the third page is read
            return OCRResult(text: ScriptedOCR.pageOfText, hocr: "", meanConfidence: 90)
        }
        let summary = try run(interrupting, control: control)
        #expect(summary.exitStatus == ExitStatus.interrupted.rawValue)
        #expect(summary.stopped == .interrupted)
        // The pages in hand were finished and written; the others wait. In hand at the stop: the third page and the
        // other OCR worker's, the hand-off's (one per OCR worker) and the normalise worker's: at most 3 + 1 + 2 + 1.
        // (The bound was 4, which held only when the normaliser had not run ahead: it failed under a loaded machine.)
        #expect(summary.counts.pagesDone == summary.pagesProcessed)
        #expect(summary.counts.pagesDone >= 3 && summary.counts.pagesDone <= 7)
        #expect(summary.counts.pagesPending == 24 - summary.counts.pagesDone)

        let rest = try run(RunEngineTests.echo)
        #expect(rest.exitStatus == 0)
        #expect(rest.pagesProcessed == 24 - summary.counts.pagesDone)
        #expect(rest.counts.pagesDone == 24)
    }

    @Test func reprocessingKeepsTheOldVersionAndShowsTheTextChange() throws {
        try distinctPages()
        _ = try run(ScriptedOCR { _ in OCRResult(text: "Pieteikums patvēruma saņemšanai", hocr: "", meanConfidence: 80) })
        let before = try #require(try catalog.fileRecord(FileID(validating: "PF-2")!))

        // A better engine reads one word differently.
        let better = ScriptedOCR(identity: "scripted 2") { _ in
            OCRResult(text: "Pieteikums patvēruma piešķiršanai", hocr: "", meanConfidence: 90)
        }
        let summary = try reprocess("PF-2", person: "A. Ozola", ocr: better)
        #expect(summary.exitStatus == 0)
        #expect(summary.pagesProcessed == 8)
        #expect(better.recognitions == 8)
        #expect(summary.documents.map(\.name) == ["doc-1", "doc-2"])
        for diff in summary.documents {
            #expect(diff.previousVersion == 1 && diff.version == 2)
            #expect(diff.pagesChanged == 4 && diff.pages == 4)
            #expect(diff.textCER > 0.1 && diff.textCER < 0.5, "\(diff.textCER)")
        }
        let after = try #require(try catalog.fileRecord(FileID(validating: "PF-2")!))
        #expect(after.documents.allSatisfy { $0.version == 2 })
        #expect(after.documents[0].pages[0].text == "Pieteikums patvēruma piešķiršanai")
        #expect(before.documents[0].pages[0].text == "Pieteikums patvēruma saņemšanai")
        // The old versions are still there, with their own text objects: three files' doc-1 at version 1 (one of
        // them replaced), and PF-2's at version 2.
        let versions = try (1...64).compactMap { try catalog.documentVersion($0) }.filter { $0.name == "doc-1" }
        #expect(versions.filter { $0.version == 1 }.count == 3)
        #expect(versions.filter { $0.version == 2 }.count == 1)
        #expect(versions.filter { $0.version == 1 }.allSatisfy { $0.pages.allSatisfy { $0.text != nil } })
        // Search follows the current version only.
        #expect(try catalog.search(SearchQuery(text: "piešķiršanai", fileID: FileID(validating: "PF-2"))).count == 8)
        #expect(try catalog.search(SearchQuery(text: "saņemšanai", fileID: FileID(validating: "PF-2"))).isEmpty)
        // The other files are untouched, and the operator is on record.
        #expect(try catalog.fileRecord(FileID(validating: "PF-1")!)?.documents.allSatisfy { $0.version == 1 } == true)
        let events = try catalog.events(forFile: FileID(validating: "PF-2")!).filter { $0.kind == .reprocessing }
        #expect(events.count == 2)
        #expect(events.allSatisfy { $0.person == "A. Ozola" && $0.detail.contains("4 of 4 page(s) changed") })
    }

    @Test func reprocessingFromOCRRereadsWhatTheMemoHolds() throws {
        try distinctPages()
        _ = try run(RunEngineTests.echo)
        let same = ScriptedOCR { image in
            OCRResult(
                text: "Scanned page of \(image.width) by \(image.height) pixels. " + ScriptedOCR.pageOfText, hocr: "<html/>",
                meanConfidence: 90)
        }
        let trusting = try reprocess("PF-1", person: "x", ocr: same)
        #expect(same.recognitions == 0 && trusting.pagesProcessed == 0, "nothing changed, nothing redone")
        let forced = try reprocess("PF-1", from: .ocr, person: "x", ocr: same)
        #expect(same.recognitions == 8 && forced.pagesProcessed == 8)
        #expect(forced.documents.allSatisfy { $0.pagesChanged == 0 && $0.textCER == 0 && $0.version == 3 })
    }

    @Test func anUnknownFileIsRefused() throws {
        _ = try run(RunEngineTests.echo)
        #expect(throws: FileWork.UnknownFile(file: FileID(validating: "PF-9")!)) {
            try reprocess("PF-9", person: "x", ocr: RunEngineTests.echo)
        }
    }

    /// Gives every page different bytes (a different block of ink), so each is a derivation of its own.
    func distinctPages() throws {
        try SyntheticInbox.distinctPages(into: inbox.path)
    }
}

/// Counts calls from any thread.
final class Counter: Sendable {
    private let value = Mutex(0)
    func next() -> Int {
        value.withLock {
            $0 += 1; return $0
        }
    }
}
