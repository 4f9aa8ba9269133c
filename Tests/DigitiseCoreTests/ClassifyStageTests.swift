import DigitiseCore
import Foundation
import ImageCodecs
import TestSupport
import Testing

/// The classify stage inside a run: per document once its pages are final, memoised, with review and roll-up.
@Suite struct ClassifyStageTests {
    let inbox: TemporaryFolder
    let harness = RunHarness(store: MemoryObjectStore(), catalog: MemoryCatalog())

    init() throws {
        inbox = try TemporaryFolder("inbox")
        // The application is the one page 40 pixels high: the scripted OCR reads it as an asylum application.
        var pixels = [UInt8](repeating: 255, count: 64 * 40)
        for y in 10..<30 { for x in 8..<56 { pixels[y * 64 + x] = 0 } }
        try FileManager.default.createDirectory(atPath: inbox.path + "/PF-1", withIntermediateDirectories: true)
        try TIFFWriter.write(GreyImage(width: 64, height: 40, pixels: pixels, dpi: 300), dpi: 300, to: inbox.path + "/PF-1/application.tif")
        try inbox.copy(Repository.fixture("png-gray8.png"), to: "PF-1/contract.png")
        try inbox.copy(Repository.fixture("jpeg-gray.jpg"), to: "PF-2/contract.jpg")
        try inbox.copy(Repository.fixture("truncated.png"), to: "PF-2/broken.png")
    }

    /// The application's page reads as an asylum application with a personal code; the others as a contract.
    static let ocr = ScriptedOCR { image in
        let isApplication = image.height == 40
        return OCRResult(
            text: isApplication
                ? "Pieteikums: asylum. Personas kods 120385-10398. " + String(repeating: "patvērums ", count: 12)
                : "Darba līgums starp darba devēju un darbinieku, alga, darba laiks. " + String(repeating: "līgums ", count: 12),
            hocr: "", meanConfidence: 90)
    }

    func run(_ classifier: any DocumentClassifying, ocr: ScriptedOCR = Self.ocr) throws -> RunSummary {
        try harness.run(inbox: inbox.path, ocr: ocr, pipeline: RunEngineTests.pipeline, classifier: classifier)
    }

    func file(_ id: String) throws -> FileRecord {
        try #require(try harness.catalog.fileRecord(FileID(validating: id)!))
    }

    @Test func documentsAreClassifiedRolledUpAndSentToReviewWithoutText() throws {
        let first = try run(ScriptedClassifier())
        #expect(first.counts.pagesFailed == 1)
        let one = try file("PF-1")
        let application = try #require(one.documents.first { $0.name == "application" })
        let contract = try #require(one.documents.first { $0.name == "contract" })
        #expect(application.class == "asylum" && application.probability == 0.95 && application.kind == "asylum-application")
        #expect(contract.class == "personal-file")
        #expect(one.holdsAsylum, "a file with an asylum document holds asylum documentation")
        let two = try file("PF-2")
        #expect(!two.holdsAsylum)
        #expect(two.documents.first { $0.name == "contract" }?.class == "personal-file")
        // A document with no text (its only page failed) is never guessed: it waits for review.
        let broken = try #require(two.documents.first { $0.name == "broken" })
        #expect(broken.class == nil && broken.review)
        let events = try harness.catalog.events(forFile: FileID(validating: "PF-2")!)
        #expect(events.contains { $0.kind == .classification && $0.detail.contains("no usable text") })
    }

    @Test func identifiersAreStoredAndSearchable() throws {
        _ = try run(ScriptedClassifier())
        let catalog = harness.catalog
        let withCode = try catalog.search(
            SearchQuery(text: "\"120385 10398\"", identifier: Identifier(kind: .personalCode, value: "120385-10398")))
        #expect(!withCode.isEmpty)
        #expect(withCode.allSatisfy { $0.fileID == "PF-1" })
        let records = try file("PF-1").documents.flatMap(\.identifiers)
        #expect(records.contains("personal-code:120385-10398"))
    }

    @Test func classificationIsMemoisedAndANewModelReclassifiesExactlyWhatItMust() throws {
        _ = try run(ScriptedClassifier())
        let catalog = harness.catalog
        func classifications() throws -> Int {
            try catalog.events(forFile: FileID(validating: "PF-1")!).filter { $0.kind == .classification }.count
                + catalog.events(forFile: FileID(validating: "PF-2")!).filter { $0.kind == .classification }.count
        }
        let before = try classifications()
        #expect(before == 4)
        _ = try run(ScriptedClassifier())
        #expect(try classifications() == before, "the same model and texts: nothing reclassified")
        _ = try run(ScriptedClassifier(identity: "scripted-classifier 2", probability: 0.6))
        #expect(try classifications() == before + 4, "a new model: every document again")
        let contract = try #require(try file("PF-2").documents.first { $0.name == "contract" })
        #expect(contract.review && contract.probability == 0.6)
    }

    /// A person outranks the model: the decided class survives a new model and reprocessing of the same texts, and
    /// a changed text with a model that disagrees sends the document back to review.
    @Test func aPersonsDecisionOutranksTheModelWhileTheTextsStand() throws {
        _ = try run(ScriptedClassifier(probability: 0.6))
        let pf2 = FileID(validating: "PF-2")!
        #expect(try harness.catalog.reviewQueue().contains { $0.fileID == pf2 && $0.document == "contract" })
        try harness.catalog.decide(file: pf2, document: "contract", documentClass: .asylum, kind: nil, person: "A. Ozola", note: nil)
        func contract() throws -> DocumentRecord { try #require(try file("PF-2").documents.first { $0.name == "contract" }) }
        let decided = try contract()
        #expect(decided.class == "asylum" && !decided.review)

        _ = try run(ScriptedClassifier(identity: "scripted-classifier 2", probability: 0.95))
        let rerun = try contract()
        #expect(rerun.class == "asylum" && !rerun.review, "a new model does not overrule a person")
        #expect(rerun.decidedBy?.hasPrefix("A. Ozola") == true)
        _ = try harness.reprocess(
            pf2, from: .classify, person: "x", ocr: Self.ocr, pipeline: RunEngineTests.pipeline,
            classifier: ScriptedClassifier(identity: "scripted-classifier 2"))
        let reprocessed = try contract()
        #expect(reprocessed.class == "asylum" && reprocessed.version == 2, "nor does reprocessing the same texts")

        // A better reading changes the text; the model still says personal-file, which disagrees with the person.
        let better = ScriptedOCR(identity: "scripted 2") { _ in
            OCRResult(text: "Darba līgums, pārlasīts. " + String(repeating: "līgums ", count: 12), hocr: "", meanConfidence: 90)
        }
        _ = try harness.reprocess(
            pf2, person: "x", ocr: better, pipeline: RunEngineTests.pipeline,
            classifier: ScriptedClassifier(identity: "scripted-classifier 2"))
        let changed = try contract()
        #expect(changed.review && changed.class == "personal-file" && changed.decidedBy == nil)
        let reason = try harness.catalog.reviewQueue().first { $0.document == "contract" }?.reason ?? ""
        #expect(reason.contains("since A. Ozola on ") && reason.contains("decided asylum; the model now says personal-file"), "\(reason)")
    }
}
