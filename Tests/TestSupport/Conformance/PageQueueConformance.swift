import DigitiseCore
import Testing

/// The contract of `PageQueue` and `DerivationMemo` that the run engine relies on, for any catalog: what ingest
/// registers waits for work, largest first; outcomes take pages off the queue, with their derivations memoised;
/// the same sources change nothing, different ones make a new current version and keep the old.
public struct PageQueueConformance {
    public typealias Catalog = BatchLedger & PageQueue & DerivationMemo & DocumentVersions
    let make: () throws -> any Catalog

    /// - Parameter make: a new, empty catalog for each scenario.
    public init(make: @escaping () throws -> any Catalog) {
        self.make = make
    }

    public func run() {
        ConformanceScenario.runEach([
            .init("registered pages wait, largest first", registeredPagesWaitLargestFirst),
            .init("pages are numbered across a document's sources", pagesAreNumberedAcrossSources),
            .init("an unreadable source stands as one failed page", anUnreadableSourceIsOneFailedPage),
            .init("registering the same sources again changes nothing", theSameSourcesChangeNothing),
            .init("changed sources make a new current version and keep the old", changedSourcesMakeANewVersion),
            .init("recorded outcomes leave the queue", recordedOutcomesLeaveTheQueue),
            .init("the memo gives back a recorded derivation", theMemoGivesBackADerivation),
            .init("finished pages come with their keys", finishedPagesComeWithTheirKeys),
            .init("a call is all or nothing", aCallIsAllOrNothing),
        ])
    }

    func registeredPagesWaitLargestFirst() throws {
        let catalog = try make()
        let batch = try catalog.beginBatch(CatalogFixture.start)
        let small = try catalog.registerDocument(CatalogFixture.document("b-small", object: 1, pages: 2), batch: batch)
        #expect(small.isNewVersion && small.version == 1)
        _ = try catalog.registerDocument(CatalogFixture.document("c-large", object: 2, width: 4960, height: 7016), batch: batch)
        _ = try catalog.registerDocument(CatalogFixture.document("a-small", file: "PF-2", object: 3), batch: batch)
        _ = try catalog.registerDocument(CatalogFixture.document("a-small", object: 4), batch: batch)
        let jobs = try catalog.pendingPages()
        // The large page, then equal sizes by file, document and page.
        #expect(
            jobs.map(\.label) == [
                "PF-1/c-large page 1", "PF-1/a-small page 1", "PF-1/b-small page 1", "PF-1/b-small page 2", "PF-2/a-small page 1",
            ])
        #expect(Set(jobs.map(\.pageID)).count == jobs.count, "every page has an id of its own")
        let second = try #require(jobs.first { $0.label == "PF-1/b-small page 2" })
        #expect(second.sourceObject == CatalogFixture.hash(1) && second.sourcePage == 1)
    }

    func pagesAreNumberedAcrossSources() throws {
        let catalog = try make()
        let batch = try catalog.beginBatch(CatalogFixture.start)
        let header = CatalogFixture.header()
        _ = try catalog.registerDocument(
            CatalogFixture.document(
                "folder",
                sources: [
                    CatalogFixture.source("1.tif", object: 1, pages: .success([.success(header), .success(header)])),
                    CatalogFixture.source("2.tif", object: 2, pages: .success([.success(header)])),
                ]), batch: batch)
        let jobs = try catalog.pendingPages()
        #expect(jobs.map(\.number) == [1, 2, 3])
        #expect(jobs.map(\.sourceObject) == [CatalogFixture.hash(1), CatalogFixture.hash(1), CatalogFixture.hash(2)])
        #expect(jobs.map(\.sourcePage) == [0, 1, 0])
    }

    func anUnreadableSourceIsOneFailedPage() throws {
        let catalog = try make()
        let batch = try catalog.beginBatch(CatalogFixture.start)
        let header = CatalogFixture.header()
        _ = try catalog.registerDocument(
            CatalogFixture.document(
                "letter",
                sources: [
                    CatalogFixture.source(
                        "1.tif", object: 1, pages: .success([.success(header), .failure(DecodeError(.corrupt, page: 1, "bad strip"))])),
                    CatalogFixture.source("2.png", object: 2, pages: .failure(DecodeError(.notAnImage, "not an image"))),
                ]), batch: batch)
        #expect(try catalog.pendingPages().map(\.number) == [1])
        let counts = try catalog.summary(ofBatch: batch, failureLimit: 10)
        #expect(counts.pages == 3 && counts.pagesFailed == 2 && counts.pagesPending == 1)
        #expect(counts.failures.map(\.subject) == ["PF-1/letter page 2", "PF-1/letter page 3"])
        #expect(counts.failures.map(\.code) == ["decode.corrupt", "decode.not-an-image"])
        #expect(counts.failures.allSatisfy { $0.stage == "ingest" })
    }

    func theSameSourcesChangeNothing() throws {
        let catalog = try make()
        let first = try catalog.beginBatch(CatalogFixture.start)
        let registered = try catalog.registerDocument(CatalogFixture.document("passport", object: 1, pages: 2), batch: first)
        let job = try #require(try catalog.pendingPages().first)
        try catalog.recordPage(CatalogFixture.read(job, text: "Jānis Bērziņš"))
        let second = try catalog.beginBatch(CatalogFixture.start)
        let again = try catalog.registerDocument(CatalogFixture.document("passport", object: 1, pages: 2), batch: second)
        #expect(!again.isNewVersion && again.documentID == registered.documentID && again.version == 1)
        #expect(try catalog.pendingPages().count == 1, "the page read stays read")
        // ...but the batch saw the document.
        let counts = try catalog.summary(ofBatch: second, failureLimit: 10)
        #expect(counts.documents == 1 && counts.pagesDone == 1 && counts.pagesPending == 1)
    }

    func changedSourcesMakeANewVersion() throws {
        let catalog = try make()
        let batch = try catalog.beginBatch(CatalogFixture.start)
        let old = try catalog.registerDocument(CatalogFixture.document("passport", object: 1), batch: batch)
        let oldJob = try #require(try catalog.pendingPages().first)
        try catalog.recordPage(CatalogFixture.read(oldJob, text: "old scan"))
        let rescan = try catalog.registerDocument(CatalogFixture.document("passport", object: 2), batch: batch)
        #expect(rescan.isNewVersion && rescan.version == 2 && rescan.documentID != old.documentID)
        let jobs = try catalog.pendingPages()
        #expect(jobs.count == 1 && jobs[0].sourceObject == CatalogFixture.hash(2) && jobs[0].pageID != oldJob.pageID)
        #expect(try catalog.finishedPageKeys(batch: batch).isEmpty, "the old version's read page is not current")
        let kept = try #require(try catalog.documentVersion(old.documentID))
        #expect(kept.version == 1 && kept.pages.map(\.status) == [.done])
        #expect(kept.pages[0].text == CatalogFixture.hash(of: "old scan"))
        #expect(try catalog.documentVersion(rescan.documentID)?.pages.map(\.status) == [.pending])
        let counts = try catalog.summary(ofBatch: batch, failureLimit: 10)
        #expect(counts.documents == 1 && counts.pages == 1 && counts.pagesPending == 1, "a batch counts current versions")
    }

    func recordedOutcomesLeaveTheQueue() throws {
        let catalog = try make()
        let batch = try catalog.beginBatch(CatalogFixture.start)
        _ = try catalog.registerDocument(CatalogFixture.document("letter", object: 1, pages: 5), batch: batch)
        let jobs = try catalog.pendingPages()
        try catalog.recordPages([
            CatalogFixture.read(jobs[0], text: "one"), CatalogFixture.blank(jobs[1]), CatalogFixture.failed(jobs[2]),
            CatalogFixture.unreadable(jobs[3]),
        ])
        #expect(try catalog.pendingPages().map(\.pageID) == [jobs[4].pageID])
        let counts = try catalog.summary(ofBatch: batch, failureLimit: 10)
        #expect(counts.pagesDone == 1 && counts.pagesBlank == 1 && counts.pagesFailed == 1 && counts.pagesUnreadable == 1)
        #expect(counts.pagesPending == 1 && counts.pages == 5)
        #expect(counts.failures.map(\.code) == ["ocr.timeout", "ocr.no-text"])
        #expect(counts.failures.map(\.stage) == ["ocr", "ocr"])
        try catalog.recordPages([])
        try catalog.recordPage(CatalogFixture.read(jobs[4], text: "five"))
        #expect(try catalog.pendingPages().isEmpty)
    }

    func theMemoGivesBackADerivation() throws {
        let catalog = try make()
        let batch = try catalog.beginBatch(CatalogFixture.start)
        _ = try catalog.registerDocument(CatalogFixture.document("letter", object: 1, pages: 3), batch: batch)
        let jobs = try catalog.pendingPages()
        let read = CatalogFixture.read(jobs[0], text: "Bērziņš")
        try catalog.recordPages([read, CatalogFixture.blank(jobs[1]), CatalogFixture.failed(jobs[2])])
        guard case .read(let normalised, let ocr, _) = read.result else { preconditionFailure() }
        #expect(try catalog.derivation(forKey: ocr.key) == ocr)
        #expect(try catalog.derivation(forKey: normalised.key) == normalised)
        #expect(try catalog.derivation(forKey: ocr.key)?.result(as: OCRSummary.self)?.meanConfidence == 91)
        // The normalisation of a blank page, and of a page that failed later, is memoised too.
        #expect(try catalog.derivation(forKey: CatalogFixture.normalised(jobs[1], blank: true).key) != nil)
        #expect(try catalog.derivation(forKey: CatalogFixture.normalised(jobs[2]).key) != nil)
        #expect(try catalog.derivation(forKey: "never computed") == nil)
    }

    func finishedPagesComeWithTheirKeys() throws {
        let catalog = try make()
        let first = try catalog.beginBatch(CatalogFixture.start)
        _ = try catalog.registerDocument(CatalogFixture.document("b-letter", object: 1, pages: 4), batch: first)
        _ = try catalog.registerDocument(CatalogFixture.document("a-form", object: 2), batch: first)
        _ = try catalog.registerDocument(CatalogFixture.document("scan", file: "PF-2", object: 3), batch: first)
        let second = try catalog.beginBatch(CatalogFixture.start)
        _ = try catalog.registerDocument(CatalogFixture.document("other", file: "PF-3", object: 4), batch: second)
        let jobs = try catalog.pendingPages()
        func job(_ label: String) throws -> PageJob { try #require(jobs.first { $0.label == label }) }
        let read = try job("PF-1/b-letter page 1")
        let blank = try job("PF-1/b-letter page 2")
        try catalog.recordPages([
            CatalogFixture.read(read, text: "read"), CatalogFixture.blank(blank), CatalogFixture.failed(try job("PF-1/b-letter page 3")),
            CatalogFixture.unreadable(try job("PF-1/b-letter page 4")), CatalogFixture.read(try job("PF-1/a-form page 1"), text: "form"),
            CatalogFixture.read(try job("PF-2/scan page 1"), text: "scan"),
            CatalogFixture.read(try job("PF-3/other page 1"), text: "other"),
        ])
        let finished = try catalog.finishedPageKeys(batch: first)
        #expect(finished.map(\.job.label) == ["PF-1/a-form page 1", "PF-1/b-letter page 1", "PF-1/b-letter page 2", "PF-2/scan page 1"])
        let readKeys = try #require(finished.first { $0.job.pageID == read.pageID })
        #expect(readKeys.job == read)
        #expect(readKeys.normaliseKey == CatalogFixture.normalised(read).key)
        #expect(readKeys.ocrKey == CatalogFixture.ocr(read, text: "read").key)
        #expect(readKeys.normalisedImage == CatalogFixture.normalised(read).outputs["image"]?.hash)
        let blankKeys = try #require(finished.first { $0.job.pageID == blank.pageID })
        #expect(blankKeys.ocrKey == nil && blankKeys.normaliseKey == CatalogFixture.normalised(blank, blank: true).key)
        #expect(try catalog.finishedPageKeys(batch: second).map(\.job.label) == ["PF-3/other page 1"])
        #expect(try catalog.pageKeys(ofFile: CatalogFixture.file("PF-1")).map(\.job.label) == finished.prefix(3).map(\.job.label))
        #expect(try catalog.pageKeys(ofFile: CatalogFixture.file("PF-9")).isEmpty)
    }

    func aCallIsAllOrNothing() throws {
        let catalog = try make()
        let batch = try catalog.beginBatch(CatalogFixture.start)
        _ = try catalog.registerDocument(CatalogFixture.document("letter", object: 1), batch: batch)
        let job = try #require(try catalog.pendingPages().first)
        let stranger = PageJob(
            pageID: job.pageID + 1000, fileID: job.fileID, documentName: "nowhere", number: 1, sourceObject: CatalogFixture.hash(9),
            sourcePage: 0)
        #expect(throws: (any Error).self) {
            try catalog.recordPages([CatalogFixture.read(job, text: "lost"), CatalogFixture.read(stranger, text: "nobody's")])
        }
        #expect(try catalog.pendingPages() == [job], "the outcome beside the bad one is not recorded")
        #expect(try catalog.derivation(forKey: CatalogFixture.ocr(job, text: "lost").key) == nil)
    }
}
