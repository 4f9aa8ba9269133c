import DigitiseCore
import Testing

/// The contract of `UnreadablePages`, for any catalog: a page without text can be marked for a new scan, or given
/// the text a person typed, which is then the page's text in every way (done, searchable, a derivation of its own,
/// the document classified anew); a page with text, or one that does not exist, is refused and nothing changes.
public struct UnreadablePagesConformance {
    public typealias Catalog = BatchLedger & PageQueue & DerivationMemo & ClassificationStore & ArchiveReader & DocumentVersions
        & UnreadablePages
    let make: () throws -> any Catalog

    /// - Parameter make: a new, empty catalog for each scenario.
    public init(make: @escaping () throws -> any Catalog) {
        self.make = make
    }

    public func run() {
        ConformanceScenario.runEach([
            .init("a transcription gives a page its text", aTranscriptionGivesAPageItsText),
            .init("a rescan request marks the page and leaves it waiting", aRescanRequestMarksThePage),
            .init("a page with text or none at all is refused", aPageWithTextIsRefused),
            .init("a transcription and a mark outlive a new version", marksOutliveANewVersion),
        ])
    }

    static let file = CatalogFixture.file("PF-1")

    /// PF-1's `letter`: page 1 read ("letter"), page 2 unreadable; classified personal-file from page 1.
    func catalogWithAnUnreadablePage() throws -> any Catalog {
        let catalog = try make()
        let batch = try catalog.beginBatch(CatalogFixture.start)
        _ = try catalog.registerDocument(CatalogFixture.document("letter", object: 1, pages: 2), batch: batch)
        for job in try catalog.pendingPages() {
            try catalog.recordPage(job.number == 1 ? CatalogFixture.read(job, text: "letter") : CatalogFixture.unreadable(job))
        }
        let document = try #require(try catalog.documentsToClassify(batch: batch, file: nil).first)
        let classified = CatalogFixture.classification(.personalFile, key: "classify letter")
        try catalog.recordClassification(
            document: document.documentID, derivation: classified.derivation, classification: classified.classification, reused: false)
        return catalog
    }

    func letter(_ catalog: any Catalog) throws -> DocumentRecord {
        try #require(try catalog.fileRecord(Self.file)?.documents.first { $0.name == "letter" })
    }

    func aTranscriptionGivesAPageItsText() throws {
        let catalog = try catalogWithAnUnreadablePage()
        let typed = "Ziņojums par Zeltkalnu, rakstīts ar roku"
        let object = StoredObject(hash: CatalogFixture.hash(of: typed), size: typed.utf8.count)
        try catalog.transcribe(file: Self.file, document: "letter", page: 2, text: typed, object: object, person: "A. Ozola")

        let document = try letter(catalog)
        let page = try #require(document.pages.first { $0.number == 2 })
        #expect(page.status == .done && page.text == typed && page.error == nil)
        #expect(page.mark == .transcribed && page.markedBy?.hasPrefix("A. Ozola on ") == true)
        #expect(document.status == "done", "every page has its text now")
        #expect(document.class == nil, "its text changed: the class waits for the next classify stage")
        let hits = try catalog.search(SearchQuery(text: "Zeltkalnu"))
        #expect(hits.map { "\($0.fileID) \($0.document) \($0.page)" } == ["PF-1 letter 2"], "searchable like OCR text")
        let key = DerivationKey.transcription(text: object.hash, person: "A. Ozola")
        #expect(try catalog.derivation(forKey: key)?.outputs["text"] == object, "a derivation of its own")
        let texts = try #require(try catalog.documentsToClassify(batch: nil, file: Self.file).first).pages
        #expect(texts.map(\.text) == [CatalogFixture.hash(of: "letter"), object.hash], "the classify stage reads it")
        let event = try #require(try catalog.events(forFile: Self.file).last)
        #expect(event.kind == .transcription && event.person == "A. Ozola" && event.page == 2 && event.outcome == .success)
        #expect(event.object == object.hash.hex)
    }

    func aRescanRequestMarksThePage() throws {
        let catalog = try catalogWithAnUnreadablePage()
        try catalog.requestRescan(file: Self.file, document: "letter", page: 2, person: "B. Kalns", note: "torn corner")
        let page = try #require(try letter(catalog).pages.first { $0.number == 2 })
        #expect(page.status == .unreadable, "it still has no text")
        #expect(page.mark == .rescanRequested && page.markedBy?.hasPrefix("B. Kalns on ") == true)
        let event = try #require(try catalog.events(forFile: Self.file).last)
        #expect(event.kind == .transcription && event.person == "B. Kalns" && event.detail.contains("torn corner"))
        #expect(try letter(catalog).class == "personal-file", "nothing else changed")
    }

    func marksOutliveANewVersion() throws {
        let catalog = try make()
        let batch = try catalog.beginBatch(CatalogFixture.start)
        _ = try catalog.registerDocument(CatalogFixture.document("letter", object: 1, pages: 2), batch: batch)
        for job in try catalog.pendingPages() { try catalog.recordPage(CatalogFixture.unreadable(job)) }
        let typed = "Rakstīts ar roku"
        let object = StoredObject(hash: CatalogFixture.hash(of: typed), size: typed.utf8.count)
        try catalog.transcribe(file: Self.file, document: "letter", page: 1, text: typed, object: object, person: "A. Ozola")
        try catalog.requestRescan(file: Self.file, document: "letter", page: 2, person: "A. Ozola", note: nil)
        #expect(try catalog.pageKeys(ofFile: Self.file).map(\.transcribed) == [true], "the typed page is finished, and says so")

        _ = try catalog.newVersions(ofFile: Self.file, batch: try catalog.beginBatch(CatalogFixture.start))
        let pages = try letter(catalog).pages
        #expect(pages.map(\.mark) == [.transcribed, .rescanRequested])
        #expect(pages.first?.status == .done && pages.first?.text == typed, "the typed text is the new version's too")
        #expect(pages.last?.status == .pending, "the page without text waits again")
        #expect(try catalog.pageKeys(ofFile: Self.file).map(\.transcribed) == [true])
        #expect(try catalog.search(SearchQuery(text: "rakstits")).map(\.page) == [1])
    }

    func aPageWithTextIsRefused() throws {
        let catalog = try catalogWithAnUnreadablePage()
        let before = try catalog.fileRecord(Self.file)
        let eventsBefore = try catalog.events(forFile: Self.file).count
        let object = StoredObject(hash: CatalogFixture.hash(of: "x"), size: 1)
        #expect(throws: ReviewDeskError.pageNotMarkable(file: Self.file, document: "letter", page: 1, status: .done)) {
            try catalog.transcribe(file: Self.file, document: "letter", page: 1, text: "x", object: object, person: "p")
        }
        #expect(throws: ReviewDeskError.noSuchPage(file: Self.file, document: "letter", page: 9)) {
            try catalog.requestRescan(file: Self.file, document: "letter", page: 9, person: "p", note: nil)
        }
        #expect(throws: ReviewDeskError.noSuchPage(file: Self.file, document: "nothing", page: 2)) {
            try catalog.transcribe(file: Self.file, document: "nothing", page: 2, text: "x", object: object, person: "p")
        }
        #expect(try catalog.fileRecord(Self.file) == before, "a refusal changes nothing")
        #expect(try catalog.events(forFile: Self.file).count == eventsBefore)
    }
}
