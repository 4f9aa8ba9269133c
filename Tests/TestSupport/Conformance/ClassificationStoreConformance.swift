import DigitiseCore
import Testing

/// The contract of `ClassificationStore` that the classify stage relies on, for any catalog: a document is handed
/// over once its pages are all final, with the text objects of its read pages; a recorded classification is
/// current (its key comes back) until a page's text changes, and rolls up to the personal file.
public struct ClassificationStoreConformance {
    public typealias Catalog = BatchLedger & PageQueue & DerivationMemo & ClassificationStore & ArchiveReader
    let make: () throws -> any Catalog

    /// - Parameter make: a new, empty catalog for each scenario.
    public init(make: @escaping () throws -> any Catalog) {
        self.make = make
    }

    public func run() {
        ConformanceScenario.runEach([
            .init("only documents whose pages are all final are listed", onlyFinishedDocumentsAreListed),
            .init("documents are listed by batch or by file", documentsAreListedByBatchOrFile),
            .init("a recorded classification is current and rolls up", aRecordedClassificationIsCurrent),
            .init("a changed text clears the classification", aChangedTextClearsTheClassification),
            .init("a failed redo has no text", aFailedRedoHasNoText),
            .init("a document is classified once under a key, unless redone", aKeyIsRecordedOnceUnlessRedone),
        ])
    }

    /// A new catalog with one document of PF-1, "application", its one page read ("asylum"): ready to classify.
    func oneDocumentRead() throws -> (catalog: any Catalog, batch: Int64, job: PageJob, document: DocumentText) {
        let catalog = try make()
        let batch = try catalog.beginBatch(CatalogFixture.start)
        _ = try catalog.registerDocument(CatalogFixture.document("application", object: 1), batch: batch)
        let job = try #require(try catalog.pendingPages().first)
        try catalog.recordPage(CatalogFixture.read(job, text: "asylum"))
        return (catalog, batch, job, try #require(try catalog.documentsToClassify(batch: batch, file: nil).first))
    }

    func aKeyIsRecordedOnceUnlessRedone() throws {
        let (catalog, _, _, document) = try oneDocumentRead()
        let file = CatalogFixture.file("PF-1")
        func classifications() throws -> Int { try catalog.events(forFile: file).filter { $0.kind == .classification }.count }
        let asylum = CatalogFixture.classification(.asylum, key: "classify|1")
        let personal = CatalogFixture.classification(.personalFile, key: "classify|1")
        func record(_ decided: (derivation: DerivationRecord, classification: Classification), redo: Bool) throws {
            try catalog.recordClassification(
                document: document.documentID, derivation: decided.derivation, classification: decided.classification, reused: false,
                redo: redo)
        }
        try record(asylum, redo: false)
        #expect(try classifications() == 1)
        // A second worker finishing the same document under the same key changes nothing.
        try record(personal, redo: false)
        #expect(try classifications() == 1)
        #expect(try catalog.fileRecord(file)?.documents.first?.class == "asylum")
        // A redo (reprocess --from classify) is recorded under the same key, with its event.
        try record(personal, redo: true)
        #expect(try classifications() == 2)
        #expect(try catalog.fileRecord(file)?.documents.first?.class == "personal-file")
        #expect(try catalog.fileRecord(file)?.holdsAsylum == false)
    }

    func onlyFinishedDocumentsAreListed() throws {
        let catalog = try make()
        let batch = try catalog.beginBatch(CatalogFixture.start)
        _ = try catalog.registerDocument(CatalogFixture.document("c-letter", object: 1, pages: 2), batch: batch)
        _ = try catalog.registerDocument(CatalogFixture.document("b-form", object: 2, pages: 3), batch: batch)
        _ = try catalog.registerDocument(CatalogFixture.document("a-broken", object: 3), batch: batch)
        let jobs = try catalog.pendingPages()
        func job(_ label: String) throws -> PageJob { try #require(jobs.first { $0.label == label }) }
        try catalog.recordPages([
            CatalogFixture.read(try job("PF-1/c-letter page 1"), text: "letter"),
            CatalogFixture.read(try job("PF-1/b-form page 1"), text: "form"), CatalogFixture.blank(try job("PF-1/b-form page 2")),
            CatalogFixture.unreadable(try job("PF-1/b-form page 3")), CatalogFixture.failed(try job("PF-1/a-broken page 1")),
        ])
        let ready = try catalog.documentsToClassify(batch: batch, file: nil)
        #expect(ready.map(\.name) == ["a-broken", "b-form"], "c-letter still has a page waiting")
        #expect(ready.allSatisfy { $0.classifyKey == nil && $0.fileID == CatalogFixture.file("PF-1") })
        let form = try #require(ready.last)
        #expect(form.pages.map(\.status) == [.done, .blank, .unreadable])
        #expect(form.pages.map(\.text) == [CatalogFixture.hash(of: "form"), nil, nil], "only a done page has text")
        #expect(ready.first?.pages.map(\.status) == [.failed])

        try catalog.recordPage(CatalogFixture.read(try job("PF-1/c-letter page 2"), text: "end"))
        #expect(try catalog.documentsToClassify(batch: batch, file: nil).map(\.name) == ["a-broken", "b-form", "c-letter"])
    }

    func documentsAreListedByBatchOrFile() throws {
        let catalog = try make()
        let first = try catalog.beginBatch(CatalogFixture.start)
        _ = try catalog.registerDocument(CatalogFixture.document("letter", object: 1), batch: first)
        _ = try catalog.registerDocument(CatalogFixture.document("form", file: "PF-2", object: 2), batch: first)
        let second = try catalog.beginBatch(CatalogFixture.start)
        _ = try catalog.registerDocument(CatalogFixture.document("scan", file: "PF-2", object: 3), batch: second)
        for job in try catalog.pendingPages() { try catalog.recordPage(CatalogFixture.read(job, text: job.documentName)) }
        func names(_ batch: Int64?, _ file: String?) throws -> [String] {
            try catalog.documentsToClassify(batch: batch, file: file.map(CatalogFixture.file)).map { "\($0.fileID)/\($0.name)" }
        }
        #expect(try names(first, nil) == ["PF-1/letter", "PF-2/form"])
        #expect(try names(second, nil) == ["PF-2/scan"])
        #expect(try names(nil, "PF-2") == ["PF-2/form", "PF-2/scan"])
        #expect(try names(first, "PF-2") == ["PF-2/form"])
        #expect(try names(nil, nil) == ["PF-1/letter", "PF-2/form", "PF-2/scan"])
    }

    func aRecordedClassificationIsCurrent() throws {
        let catalog = try make()
        let batch = try catalog.beginBatch(CatalogFixture.start)
        _ = try catalog.registerDocument(CatalogFixture.document("application", object: 1), batch: batch)
        _ = try catalog.registerDocument(CatalogFixture.document("contract", object: 2), batch: batch)
        for job in try catalog.pendingPages() { try catalog.recordPage(CatalogFixture.read(job, text: job.documentName)) }
        let file = CatalogFixture.file("PF-1")
        let ready = try catalog.documentsToClassify(batch: batch, file: nil)
        let application = try #require(ready.first { $0.name == "application" })
        let code = Identifier(kind: .personalCode, value: "120385-10398")
        let asylum = CatalogFixture.classification(.asylum, identifiers: [code], key: "classify|application")
        try catalog.recordClassification(
            document: application.documentID, derivation: asylum.derivation, classification: asylum.classification, reused: false)
        let contract = try #require(ready.first { $0.name == "contract" })
        let personal = CatalogFixture.classification(.personalFile, probability: 0.6, key: "classify|contract")
        try catalog.recordClassification(
            document: contract.documentID, derivation: personal.derivation, classification: personal.classification, reused: false)

        let after = try catalog.documentsToClassify(batch: batch, file: nil)
        #expect(after.map(\.classifyKey) == ["classify|application", "classify|contract"], "classified: current, no work")
        #expect(try catalog.derivation(forKey: "classify|application")?.result(as: Classification.self) == asylum.classification)
        let record = try #require(try catalog.fileRecord(file))
        #expect(record.holdsAsylum, "one asylum document restricts the file")
        let shown = try #require(record.documents.first { $0.name == "application" })
        #expect(shown.class == "asylum" && shown.probability == 0.95 && shown.kind == "asylum-application" && !shown.review)
        #expect(shown.identifiers == ["personal-code:120385-10398"])
        #expect(record.documents.first { $0.name == "contract" }?.review == true)

        // Classified again (a new model), the application is no longer asylum: neither is the file.
        let again = CatalogFixture.classification(.personalFile, key: "classify|application|2")
        try catalog.recordClassification(
            document: application.documentID, derivation: again.derivation, classification: again.classification, reused: false)
        #expect(try catalog.fileRecord(file)?.holdsAsylum == false)
        #expect(try catalog.fileRecord(file)?.documents.first { $0.name == "application" }?.identifiers == [])
    }

    func aChangedTextClearsTheClassification() throws {
        let (catalog, batch, job, document) = try oneDocumentRead()
        let code = Identifier(kind: .personalCode, value: "120385-10398")
        let asylum = CatalogFixture.classification(.asylum, identifiers: [code], key: "classify|1")
        try catalog.recordClassification(
            document: document.documentID, derivation: asylum.derivation, classification: asylum.classification, reused: false)

        // The same reading again (a memoised redo) leaves the classification standing.
        try catalog.recordPage(CatalogFixture.read(job, text: "asylum"))
        #expect(try catalog.documentsToClassify(batch: batch, file: nil).first?.classifyKey == "classify|1")

        // Another engine's reading is another text: the class no longer stands.
        try catalog.recordPage(CatalogFixture.read(job, text: "asylum, read better", engine: "engine 2"))
        let changed = try #require(try catalog.documentsToClassify(batch: batch, file: nil).first)
        #expect(changed.classifyKey == nil)
        #expect(changed.pages.map(\.text) == [CatalogFixture.hash(of: "asylum, read better")])
        let shown = try #require(try catalog.fileRecord(CatalogFixture.file("PF-1"))?.documents.first)
        #expect(shown.class == nil && shown.probability == nil && shown.kind == nil && shown.identifiers.isEmpty)
    }

    func aFailedRedoHasNoText() throws {
        let catalog = try make()
        let batch = try catalog.beginBatch(CatalogFixture.start)
        _ = try catalog.registerDocument(CatalogFixture.document("letter", object: 1), batch: batch)
        let job = try #require(try catalog.pendingPages().first)
        try catalog.recordPage(CatalogFixture.read(job, text: "text"))
        let document = try #require(try catalog.documentsToClassify(batch: batch, file: nil).first)
        let personal = CatalogFixture.classification(.personalFile, key: "classify|1")
        try catalog.recordClassification(
            document: document.documentID, derivation: personal.derivation, classification: personal.classification, reused: false)
        try catalog.recordPage(CatalogFixture.failed(job))
        let failed = try #require(try catalog.documentsToClassify(batch: batch, file: nil).first)
        #expect(failed.pages.map(\.status) == [.failed] && failed.pages.map(\.text) == [nil])
        #expect(failed.classifyKey == nil, "the text it was classified from is lost")
    }
}
