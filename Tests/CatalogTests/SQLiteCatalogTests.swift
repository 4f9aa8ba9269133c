import Catalog
import DigitiseCore
import Foundation
import TestSupport
import Testing

@Suite struct SQLiteCatalogTests {
    let folder: TemporaryFolder
    let catalog: SQLiteCatalog
    let batch: Int64

    init() throws {
        folder = try TemporaryFolder("catalog")
        catalog = try SQLiteCatalog(path: folder.path + "/catalog.sqlite")
        batch = try catalog.beginBatch(BatchStart(inbox: "/inbox", pipelineName: "test", pipelineVersion: 1, workers: 1, program: "tests"))
    }

    static func hash(_ n: Int) -> ObjectHash { ObjectHash(hex: String(repeating: String(n % 10), count: 64))! }

    func document(_ name: String, source: Int, pages: Int = 1, file: String = "PF-1") -> IngestedDocument {
        let header = PageHeader(width: 2480, height: 3508, bitsPerSample: 1, samplesPerPixel: 1, colourModel: "grey", dpi: 300)
        return IngestedDocument(
            fileID: FileID(validating: file)!, name: name,
            sources: [
                IngestedSource(
                    relativePath: name + ".tif", object: StoredObject(hash: Self.hash(source), size: 10), format: .tiff,
                    pages: .success(Array(repeating: .success(header), count: pages)))
            ])
    }

    func read(_ job: PageJob, text: String) throws {
        let normalised = DerivationRecord(
            key: "normalise|\(job.pageID)", stage: .normalise, outputs: ["image": StoredObject(hash: Self.hash(6), size: 10)],
            result: NormalisationReport(sourceDPI: 300, dpi: 300))
        let ocr = DerivationRecord(
            key: "ocr|\(job.pageID)", stage: .ocr,
            outputs: ["text": StoredObject(hash: Self.hash(7), size: text.utf8.count), "hocr": StoredObject(hash: Self.hash(8), size: 1)],
            result: OCRSummary(meanConfidence: 91))
        try catalog.recordPage(
            PageOutcome(pageID: job.pageID, result: .read(normalised: normalised, ocr: ocr, text: text), dpi: 300, dpiSource: "file"))
    }

    @Test func theLargestWaitingPagesComeFirst() throws {
        _ = try catalog.registerDocument(document("a-small", source: 1), batch: batch)
        let big = PageHeader(width: 4960, height: 7016, bitsPerSample: 8, samplesPerPixel: 1, colourModel: "grey", dpi: 600)
        _ = try catalog.registerDocument(
            IngestedDocument(
                fileID: FileID(validating: "PF-1")!, name: "b-large",
                sources: [
                    IngestedSource(
                        relativePath: "b-large.tif", object: StoredObject(hash: Self.hash(2), size: 10), format: .tiff,
                        pages: .success([.success(big)]))
                ]), batch: batch)
        _ = try catalog.registerDocument(document("c-small", source: 3), batch: batch)
        #expect(try catalog.pendingPages().map(\.documentName) == ["b-large", "a-small", "c-small"])
    }

    @Test func aDerivationComesBackAsItWasRecorded() throws {
        _ = try catalog.registerDocument(document("application", source: 1), batch: batch)
        let job = try #require(try catalog.pendingPages().first)
        try read(job, text: "Bērziņš")
        let ocr = try #require(try catalog.derivation(forKey: "ocr|\(job.pageID)"))
        #expect(ocr.stage == .ocr)
        #expect(ocr.outputs["text"] == StoredObject(hash: Self.hash(7), size: "Bērziņš".utf8.count))
        #expect(ocr.result(as: OCRSummary.self)?.meanConfidence == 91)
        let normalised = try #require(try catalog.derivation(forKey: "normalise|\(job.pageID)"))
        #expect(normalised.result(as: NormalisationReport.self)?.dpi == 300)
        #expect(try catalog.derivation(forKey: "nothing") == nil)
    }

    @Test func usesWALMode() throws {
        #expect(try catalog.journalMode() == "wal")
    }

    @Test func findsLatvianWithoutDiacriticsAndCyrillic() throws {
        _ = try catalog.registerDocument(document("application", source: 1, pages: 2), batch: batch)
        let jobs = try catalog.pendingPages()
        #expect(jobs.map(\.number) == [1, 2])
        try read(jobs[0], text: "Vārds, uzvārds: Jānis Bērziņš\nUzturēšanās atļauja")
        try read(jobs[1], text: "Ходатайство о предоставлении убежища")
        #expect(try catalog.pendingPages().isEmpty)

        let hit = try #require(try catalog.search(SearchQuery(text: "berzins")).first)
        #expect(hit.fileID == "PF-1" && hit.document == "application" && hit.page == 1)
        #expect(hit.snippet.contains("«Bērziņš»"))
        #expect(try catalog.search(SearchQuery(text: "uzturesanas atlauja")).count == 1)
        #expect(try catalog.search(SearchQuery(text: "uztur*")).count == 1)
        #expect(try catalog.search(SearchQuery(text: "убежища")).first?.page == 2)
        #expect(try catalog.search(SearchQuery(text: "\"Jānis Bērziņš\"")).count == 1)
        #expect(try catalog.search(SearchQuery(text: "\"Bērziņš Jānis\"")).isEmpty)
    }

    @Test func filtersByFileAndDay() throws {
        _ = try catalog.registerDocument(document("a", source: 1, file: "PF-1"), batch: batch)
        _ = try catalog.registerDocument(document("b", source: 2, file: "PF-2"), batch: batch)
        for job in try catalog.pendingPages() { try read(job, text: "uzturēšanās atļauja") }
        #expect(try catalog.search(SearchQuery(text: "atlauja")).count == 2)
        #expect(try catalog.search(SearchQuery(text: "atlauja", fileID: FileID(validating: "PF-2"))).map(\.fileID) == ["PF-2"])
        #expect(try catalog.search(SearchQuery(text: "atlauja", since: "2000-01-01")).count == 2)
        #expect(try catalog.search(SearchQuery(text: "atlauja", since: "2999-01-01")).isEmpty)
        // No document is classified before the classify stage: a class filter finds nothing rather than everything.
        #expect(try catalog.search(SearchQuery(text: "atlauja", documentClass: "asylum")).isEmpty)
    }

    @Test(arguments: ["", "   ", "***", "\"\""])
    func aQueryWithNoWordsIsRefusedClearly(_ text: String) {
        #expect(throws: ArchiveQueryError.self) { try catalog.search(SearchQuery(text: text)) }
    }

    @Test(arguments: ["AND", "NEAR(", "a OR", "col:umn", "\"unbalanced", "(x", "^start"])
    func syntaxCharactersNeverReachFTS5(_ text: String) throws {
        _ = try catalog.search(SearchQuery(text: text))
    }

    @Test func registeringTheSameSourcesAgainChangesNothing() throws {
        let first = try catalog.registerDocument(document("passport", source: 1), batch: batch)
        let again = try catalog.registerDocument(document("passport", source: 1), batch: batch)
        #expect(first.isNewVersion && !again.isNewVersion)
        #expect(first.documentID == again.documentID)
        #expect(try catalog.pendingPages().count == 1)
    }

    @Test func aRescanBecomesANewVersionAndTheOldOneIsKept() throws {
        _ = try catalog.registerDocument(document("passport", source: 1), batch: batch)
        try read(try catalog.pendingPages()[0], text: "old scan Bērziņš")
        let rescan = try catalog.registerDocument(document("passport", source: 2), batch: batch)
        #expect(rescan.version == 2 && rescan.isNewVersion)
        #expect(try catalog.search(SearchQuery(text: "old")).isEmpty, "search sees the current version only")
        try read(try catalog.pendingPages()[0], text: "new scan")
        let record = try #require(try catalog.fileRecord(FileID(validating: "PF-1")!))
        #expect(record.documents.map(\.version) == [2])
        #expect(record.documents[0].pages[0].text == "new scan")
    }

    @Test func failedPagesCarryTheirReasonIntoTheSummary() throws {
        var doc = document("letter", source: 3, pages: 1)
        doc = IngestedDocument(
            fileID: doc.fileID, name: doc.name,
            sources: doc.sources + [
                IngestedSource(
                    relativePath: "letter-2.png", object: StoredObject(hash: Self.hash(4), size: 0), format: nil,
                    pages: .failure(DecodeError(.empty, "letter-2.png: the file is empty")))
            ])
        _ = try catalog.registerDocument(doc, batch: batch)
        try catalog.recordInboxProblem(InboxProblem(path: "bad id", code: "inbox.bad-file-id", message: "rename it"), batch: batch)
        let counts = try catalog.summary(ofBatch: batch, failureLimit: 10)
        #expect(counts.pages == 2 && counts.pagesFailed == 1 && counts.pagesPending == 1 && counts.inboxProblems == 1)
        #expect(counts.failures.map(\.code).sorted() == ["decode.empty", "inbox.bad-file-id"])
        #expect(counts.failures.contains { $0.subject == "PF-1/letter page 2" })
        let record = try #require(try catalog.fileRecord(FileID(validating: "PF-1")!))
        #expect(record.documents[0].pages[1].error?.code == "decode.empty")
    }

    @Test func aReadOnlyCatalogCannotBeWritten() throws {
        let reader = try SQLiteCatalog(path: folder.path + "/catalog.sqlite", readOnly: true)
        #expect(throws: (any Error).self) {
            _ = try reader.beginBatch(BatchStart(inbox: "x", pipelineName: "x", pipelineVersion: 1, workers: 1, program: "x"))
        }
        #expect(throws: CatalogError.noCatalog(folder.path + "/none.sqlite")) {
            try SQLiteCatalog(path: folder.path + "/none.sqlite", readOnly: true)
        }
    }
}
