import DigitiseCore
import Testing

/// The contract of `DocumentVersions` that reprocessing relies on, for any catalog: every current document of a
/// file gets a new current version that starts as a copy of the old one, its pages that failed after ingest
/// waiting again; the old versions stay as they were.
public struct DocumentVersionsConformance {
    public typealias Catalog = BatchLedger & PageQueue & DocumentVersions & ClassificationStore
    let make: () throws -> any Catalog

    /// - Parameter make: a new, empty catalog for each scenario.
    public init(make: @escaping () throws -> any Catalog) {
        self.make = make
    }

    public func run() {
        ConformanceScenario.runEach([
            .init("a new version starts as a copy and keeps the old one", aNewVersionStartsAsACopy),
            .init("only the file's current documents get new versions", onlyTheFilesDocumentsGetNewVersions),
            .init("the batch that reprocesses sees the new versions", theReprocessingBatchSeesTheNewVersions),
            .init("an unknown version is nil", anUnknownVersionIsNil),
        ])
    }

    func aNewVersionStartsAsACopy() throws {
        let catalog = try make()
        let batch = try catalog.beginBatch(CatalogFixture.start)
        let header = CatalogFixture.header()
        let registered = try catalog.registerDocument(
            CatalogFixture.document(
                "letter",
                sources: [
                    CatalogFixture.source(
                        "letter.tif", object: 1,
                        pages: .success([
                            .success(header), .success(header), .success(header), .success(header),
                            .failure(DecodeError(.corrupt, page: 4, "bad")),
                        ]))
                ]), batch: batch)
        let jobs = try catalog.pendingPages()
        try catalog.recordPages([
            CatalogFixture.read(jobs[0], text: "read"), CatalogFixture.blank(jobs[1]), CatalogFixture.failed(jobs[2]),
            CatalogFixture.unreadable(jobs[3]),
        ])
        let before = try #require(try catalog.documentVersion(registered.documentID))

        let reprocessing = try catalog.beginBatch(CatalogFixture.start)
        let changes = try catalog.newVersions(ofFile: CatalogFixture.file("PF-1"), batch: reprocessing)
        #expect(changes.count == 1)
        let change = try #require(changes.first)
        #expect(change.name == "letter" && change.previousID == registered.documentID && change.previousVersion == 1)
        #expect(change.currentVersion == 2 && change.currentID != change.previousID)

        // The old version is as it was; the new one has its pages, the failed-after-ingest ones waiting again.
        #expect(try catalog.documentVersion(change.previousID) == before)
        let new = try #require(try catalog.documentVersion(change.currentID))
        #expect(new.name == "letter" && new.version == 2 && new.status == "pending")
        #expect(new.pages.map(\.status) == [.done, .blank, .pending, .pending, .failed], "a page that failed at ingest stays failed")
        #expect(new.pages[0].text == CatalogFixture.hash(of: "read"), "a page not redone keeps its text")
        let waiting = try catalog.pendingPages()
        #expect(waiting.map(\.number) == [3, 4])
        #expect(Set(waiting.map(\.pageID)).isDisjoint(with: jobs.map(\.pageID)), "the new version's pages are its own")
        // The finished pages of the new version keep the keys of the old.
        let keys = try catalog.pageKeys(ofFile: CatalogFixture.file("PF-1"))
        #expect(keys.map(\.job.number) == [1, 2])
        #expect(keys.map(\.ocrKey) == [CatalogFixture.ocr(jobs[0], text: "read").key, nil])
        #expect(keys.map(\.normaliseKey) == [CatalogFixture.normalised(jobs[0]).key, CatalogFixture.normalised(jobs[1], blank: true).key])

        // Read now, the new version is done; the old one still has its failures.
        try catalog.recordPages([CatalogFixture.read(waiting[0], text: "three"), CatalogFixture.read(waiting[1], text: "four")])
        #expect(try catalog.documentVersion(change.currentID)?.status == "partial")
        #expect(try catalog.documentVersion(change.previousID)?.pages.map(\.status) == [.done, .blank, .failed, .unreadable, .failed])
    }

    func onlyTheFilesDocumentsGetNewVersions() throws {
        let catalog = try make()
        let batch = try catalog.beginBatch(CatalogFixture.start)
        _ = try catalog.registerDocument(CatalogFixture.document("b-form", object: 1), batch: batch)
        _ = try catalog.registerDocument(CatalogFixture.document("a-letter", object: 2), batch: batch)
        let other = try catalog.registerDocument(CatalogFixture.document("scan", file: "PF-2", object: 3), batch: batch)
        for job in try catalog.pendingPages() { try catalog.recordPage(CatalogFixture.read(job, text: job.label)) }
        let first = try catalog.newVersions(ofFile: CatalogFixture.file("PF-1"), batch: batch)
        #expect(first.map(\.name) == ["a-letter", "b-form"])
        #expect(first.allSatisfy { $0.currentVersion == 2 })
        let second = try catalog.newVersions(ofFile: CatalogFixture.file("PF-1"), batch: batch)
        #expect(second.map(\.currentVersion) == [3, 3] && second.map(\.previousID) == first.map(\.currentID))
        #expect(try catalog.documentVersion(other.documentID)?.version == 1)
        #expect(try catalog.newVersions(ofFile: CatalogFixture.file("PF-9"), batch: batch).isEmpty)
        #expect(try catalog.pendingPages().isEmpty, "nothing failed, nothing waits")
    }

    func theReprocessingBatchSeesTheNewVersions() throws {
        let catalog = try make()
        let nightly = try catalog.beginBatch(CatalogFixture.start)
        _ = try catalog.registerDocument(CatalogFixture.document("letter", object: 1, pages: 2), batch: nightly)
        let jobs = try catalog.pendingPages()
        try catalog.recordPages([CatalogFixture.read(jobs[0], text: "one"), CatalogFixture.failed(jobs[1])])
        let reprocessing = try catalog.beginBatch(CatalogFixture.start)
        let change = try #require(try catalog.newVersions(ofFile: CatalogFixture.file("PF-1"), batch: reprocessing).first)
        let counts = try catalog.summary(ofBatch: reprocessing, failureLimit: 10)
        #expect(counts.documents == 1 && counts.pages == 2 && counts.pagesDone == 1 && counts.pagesPending == 1)
        #expect(try catalog.documentsToClassify(batch: reprocessing, file: nil).isEmpty, "a page waits again")
        try catalog.recordPage(CatalogFixture.read(try #require(try catalog.pendingPages().first), text: "two"))
        #expect(try catalog.documentsToClassify(batch: reprocessing, file: nil).map(\.documentID) == [change.currentID])
    }

    func anUnknownVersionIsNil() throws {
        let catalog = try make()
        #expect(try catalog.documentVersion(4242) == nil)
    }
}
