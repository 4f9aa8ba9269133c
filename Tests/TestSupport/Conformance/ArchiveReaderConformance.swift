import DigitiseCore
import Testing

/// The part of `ArchiveReader` that run-engine tests check a run by, for any catalog: a personal file's current
/// documents and pages, full-text search over the current pages, what an export packs, and the batches. (The
/// auditors' reports are the SQLite catalog's own.)
public struct ArchiveReaderConformance {
    public typealias Catalog = BatchLedger & PageQueue & ClassificationStore & ArchiveReader
    let make: () throws -> any Catalog
    /// Whether the catalog searches by stems (`SearchQuery.stemmed`); one that does not must refuse it, not ignore it.
    let stems: Bool

    /// - Parameters:
    ///   - make: a new, empty catalog for each scenario.
    ///   - stems: whether the catalog claims search by stems.
    public init(stems: Bool = false, make: @escaping () throws -> any Catalog) {
        self.make = make
        self.stems = stems
    }

    public func run() {
        ConformanceScenario.runEach([
            .init("a file record shows the current documents in natural order", aFileRecordShowsTheCurrentDocuments),
            .init("search finds words of current pages, whatever their case and diacritics", searchFindsWordsOfCurrentPages),
            .init("search narrows by file, day, class, identifier and disclosure", searchNarrows),
            .init("a query with no words is refused", aQueryWithNoWordsIsRefused),
            .init("a stemmed search finds a word's forms, or is refused where there are no stems", aStemmedSearch),
            .init("contents list the originals and each page's derivatives", contentsListOriginalsAndDerivatives),
            .init("batches come newest first", batchesComeNewestFirst),
            .init("a page shows only the failure of its latest outcome", aPageShowsOnlyItsLatestFailure),
        ])
    }

    func aFileRecordShowsTheCurrentDocuments() throws {
        let catalog = try make()
        let batch = try catalog.beginBatch(CatalogFixture.start)
        _ = try catalog.registerDocument(CatalogFixture.document("page-10", object: 1, pages: 2), batch: batch)
        _ = try catalog.registerDocument(CatalogFixture.document("page-2", object: 2), batch: batch)
        _ = try catalog.registerDocument(CatalogFixture.document("page-2", object: 3), batch: batch)
        let jobs = try catalog.pendingPages()
        let letter = jobs.filter { $0.documentName == "page-10" }
        try catalog.recordPages([CatalogFixture.read(letter[0], text: "Jānis"), CatalogFixture.failed(letter[1])])
        #expect(try catalog.fileRecord(CatalogFixture.file("PF-9")) == nil)
        let record = try #require(try catalog.fileRecord(CatalogFixture.file("PF-1")))
        #expect(record.file == "PF-1" && !record.holdsAsylum)
        #expect(record.documents.map(\.name) == ["page-2", "page-10"])
        #expect(record.documents.map(\.version) == [2, 1])
        #expect(record.documents.map(\.status) == ["pending", "partial"])
        let pages = record.documents[1].pages
        #expect(pages.map(\.number) == [1, 2] && pages.map(\.status) == [.done, .failed])
        #expect(pages[0].text == "Jānis" && pages[0].ocrConfidence == 91 && pages[0].error == nil && pages[0].rotation == 0)
        #expect(pages[1].text == nil && pages[1].error == StageFailure(stage: .ocr, code: "ocr.timeout", message: "test failure"))
        #expect(record.documents[0].class == nil && record.documents[0].identifiers.isEmpty)
    }

    func searchFindsWordsOfCurrentPages() throws {
        let catalog = try make()
        let batch = try catalog.beginBatch(CatalogFixture.start)
        _ = try catalog.registerDocument(CatalogFixture.document("application", object: 1, pages: 2), batch: batch)
        _ = try catalog.registerDocument(CatalogFixture.document("passport", object: 2), batch: batch)
        let jobs = try catalog.pendingPages()
        try catalog.recordPages([
            CatalogFixture.read(jobs[0], text: "Vārds, uzvārds: Jānis Bērziņš\nUzturēšanās atļauja"),
            CatalogFixture.read(jobs[1], text: "Ходатайство о предоставлении убежища"),
            CatalogFixture.read(jobs[2], text: "old scan"),
        ])
        let hit = try #require(try catalog.search(SearchQuery(text: "berzins")).first)
        #expect(hit.fileID == "PF-1" && hit.document == "application" && hit.page == 1 && hit.documentClass == nil)
        #expect(hit.snippet.contains("«Bērziņš»"))
        #expect(try catalog.search(SearchQuery(text: "UZTURESANAS atlauja")).count == 1)
        #expect(try catalog.search(SearchQuery(text: "uzturesanas passport")).isEmpty, "every word must occur")
        #expect(try catalog.search(SearchQuery(text: "uztur*")).count == 1)
        #expect(try catalog.search(SearchQuery(text: "uztur")).isEmpty, "a word is whole unless it ends in *")
        #expect(try catalog.search(SearchQuery(text: "убежища")).first?.page == 2)
        #expect(try catalog.search(SearchQuery(text: "\"Jānis Bērziņš\"")).count == 1)
        #expect(try catalog.search(SearchQuery(text: "\"Bērziņš Jānis\"")).isEmpty)
        #expect(try catalog.search(SearchQuery(text: "scan")).map(\.document) == ["passport"])
        #expect(try catalog.search(SearchQuery(text: "uzvārds", limit: 0)).isEmpty)

        // A rescan replaces the passport: search follows the current version only.
        _ = try catalog.registerDocument(CatalogFixture.document("passport", object: 3), batch: batch)
        #expect(try catalog.search(SearchQuery(text: "scan")).isEmpty)
        try catalog.recordPage(CatalogFixture.read(try #require(try catalog.pendingPages().first), text: "new scan"))
        #expect(try catalog.search(SearchQuery(text: "scan")).count == 1)
        #expect(try catalog.search(SearchQuery(text: "old")).isEmpty)
    }

    func searchNarrows() throws {
        let catalog = try make()
        let batch = try catalog.beginBatch(CatalogFixture.start)
        _ = try catalog.registerDocument(CatalogFixture.document("a", object: 1), batch: batch)
        _ = try catalog.registerDocument(CatalogFixture.document("b", file: "PF-2", object: 2), batch: batch)
        _ = try catalog.registerDocument(CatalogFixture.document("c", file: "PF-3", object: 3), batch: batch)
        for job in try catalog.pendingPages() {
            try catalog.recordPage(CatalogFixture.read(job, text: "uzturēšanās atļauja \(job.fileID)"))
        }
        func files(_ query: SearchQuery) throws -> [String] { try catalog.search(query).map(\.fileID).sorted() }
        #expect(try files(SearchQuery(text: "atlauja")) == ["PF-1", "PF-2", "PF-3"])
        #expect(try files(SearchQuery(text: "atlauja", fileID: CatalogFixture.file("PF-2"))) == ["PF-2"])
        #expect(try files(SearchQuery(text: "atlauja", since: "2000-01-01")).count == 3)
        #expect(try files(SearchQuery(text: "atlauja", since: "2999-01-01")).isEmpty)
        // No document is classified before the classify stage: a class filter finds nothing rather than everything.
        #expect(try files(SearchQuery(text: "atlauja", documentClass: "asylum")).isEmpty)
        #expect(try files(SearchQuery(text: "atlauja", openUnder: DisclosurePolicy(minimumProbability: 0.9))).isEmpty)

        let code = Identifier(kind: .personalCode, value: "120385-10398")
        let decisions = [
            CatalogFixture.classification(.asylum, identifiers: [code], key: "classify|a"),
            CatalogFixture.classification(.personalFile, probability: 0.95, key: "classify|b"),
            CatalogFixture.classification(.personalFile, probability: 0.6, key: "classify|c"),
        ]
        for (document, decided) in zip(try catalog.documentsToClassify(batch: batch, file: nil), decisions) {
            try catalog.recordClassification(
                document: document.documentID, derivation: decided.derivation, classification: decided.classification, reused: false)
        }
        #expect(try files(SearchQuery(text: "atlauja", documentClass: "asylum")) == ["PF-1"])
        #expect(try catalog.search(SearchQuery(text: "atlauja", fileID: CatalogFixture.file("PF-1"))).first?.documentClass == "asylum")
        #expect(try files(SearchQuery(text: "atlauja", identifier: code)) == ["PF-1"])
        #expect(try files(SearchQuery(text: "atlauja", identifier: Identifier(kind: .passport, value: "LV1234567"))).isEmpty)
        // Only what the policy opens: personal files, sure enough, not in review.
        #expect(try files(SearchQuery(text: "atlauja", openUnder: DisclosurePolicy(minimumProbability: 0.9))) == ["PF-2"])
    }

    func aStemmedSearch() throws {
        let catalog = try make()
        let batch = try catalog.beginBatch(CatalogFixture.start)
        _ = try catalog.registerDocument(CatalogFixture.document("letter", object: 1, pages: 2), batch: batch)
        let jobs = try catalog.pendingPages()
        try catalog.recordPages([
            CatalogFixture.read(jobs[0], text: "Список документов, прибывших в лагерь"),
            CatalogFixture.read(jobs[1], text: "All applications were received by the office"),
        ])
        func pages(_ text: String, stemmed: Bool = true) throws -> [Int] {
            try catalog.search(SearchQuery(text: text, stemmed: stemmed)).map(\.page)
        }
        guard stems else {
            #expect(throws: ArchiveQueryError.noStems) { try pages("документ") }
            return
        }
        #expect(try pages("документ", stemmed: false).isEmpty, "whole words stay the default")
        #expect(try pages("документ") == [1])
        #expect(try pages("Документы лагеря") == [1], "every word by its stem, case and form aside")
        #expect(try pages("application") == [2])
        #expect(try pages("\"application received\"").isEmpty, "a phrase keeps its words' order and neighbours")
        #expect(try pages("\"applications were received\"") == [2])
        #expect(try pages("offices документ").isEmpty, "every word must occur")
        let snippet = try #require(try catalog.search(SearchQuery(text: "документ", stemmed: true)).first?.snippet)
        #expect(snippet.contains("«документов»"), "the snippet marks the form found: \(snippet)")
    }

    func aQueryWithNoWordsIsRefused() throws {
        let catalog = try make()
        for text in ["", "   ", "***", "\"\"", String(repeating: "a ", count: 200)] {
            #expect(throws: ArchiveQueryError.self, "\(text.prefix(10))") { try catalog.search(SearchQuery(text: text)) }
        }
        // Syntax of the real index is just words here.
        for text in ["AND", "NEAR(", "a OR", "col:umn", "\"unbalanced", "(x", "^start"] {
            #expect(try catalog.search(SearchQuery(text: text)).isEmpty)
        }
    }

    func contentsListOriginalsAndDerivatives() throws {
        let catalog = try make()
        let batch = try catalog.beginBatch(CatalogFixture.start)
        _ = try catalog.registerDocument(CatalogFixture.document("letter", object: 1, pages: 2), batch: batch)
        let jobs = try catalog.pendingPages()
        try catalog.recordPages([CatalogFixture.read(jobs[0], text: "one"), CatalogFixture.blank(jobs[1])])
        #expect(try catalog.contents(of: CatalogFixture.file("PF-9")) == nil)
        let contents = try #require(try catalog.contents(of: CatalogFixture.file("PF-1")))
        #expect(contents.record == (try catalog.fileRecord(CatalogFixture.file("PF-1"))))
        let document = try #require(contents.documents.first)
        #expect(contents.documents.count == 1 && document.name == "letter" && document.version == 1)
        #expect(document.sources == [.init(relativePath: "letter.tif", object: StoredObject(hash: CatalogFixture.hash(1), size: 101))])
        #expect(document.pages.map(\.number) == [1, 2])
        let read = CatalogFixture.read(jobs[0], text: "one")
        guard case .read(let normalised, let ocr, _) = read.result else { preconditionFailure() }
        #expect(document.pages[0].outputs == normalised.outputs.merging(ocr.outputs) { a, _ in a })
        #expect(document.pages[1].outputs == CatalogFixture.normalised(jobs[1], blank: true).outputs)
    }

    func batchesComeNewestFirst() throws {
        let catalog = try make()
        #expect(try catalog.batchIDs().isEmpty)
        let ids = try (1...3).map { _ in try catalog.beginBatch(CatalogFixture.start) }
        #expect(try catalog.batchIDs() == ids.reversed())
    }

    /// A page that failed, then came out blank (a better pipeline): `show` must not print the old error on it.
    func aPageShowsOnlyItsLatestFailure() throws {
        let catalog = try make()
        let batch = try catalog.beginBatch(CatalogFixture.start)
        _ = try catalog.registerDocument(CatalogFixture.document("letter", object: 1), batch: batch)
        let job = try #require(try catalog.pendingPages().first)
        try catalog.recordPage(CatalogFixture.failed(job))
        #expect(try catalog.fileRecord(CatalogFixture.file("PF-1"))?.documents.first?.pages.first?.error?.code == "ocr.timeout")
        try catalog.recordPage(CatalogFixture.blank(job))
        let page = try #require(try catalog.fileRecord(CatalogFixture.file("PF-1"))?.documents.first?.pages.first)
        #expect(page.status == .blank && page.error == nil)
    }
}
