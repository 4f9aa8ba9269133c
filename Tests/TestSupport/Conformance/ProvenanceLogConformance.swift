import DigitiseCore
import Testing

/// The contract of the event log, for any catalog: events recorded come back with the file's, oldest first, as
/// they were; and the calls that cause events (ingest, a page's outcome, a classification) record their own.
public struct ProvenanceLogConformance {
    public typealias Catalog = BatchLedger & PageQueue & ClassificationStore & ProvenanceLog & ArchiveReader
    let make: () throws -> any Catalog

    /// - Parameter make: a new, empty catalog for each scenario.
    public init(make: @escaping () throws -> any Catalog) {
        self.make = make
    }

    public func run() {
        ConformanceScenario.runEach([
            .init("recorded events come back in order", recordedEventsComeBackInOrder),
            .init("the calls that cause events record them", theCallsThatCauseEventsRecordThem),
        ])
    }

    static func event(_ kind: ArchiveEvent.Kind, file: String, detail: String, person: String? = nil) -> ArchiveEvent {
        ArchiveEvent(
            kind: kind, at: "2026-01-01T10:00:00Z", agent: "tests", person: person, outcome: .success, detail: detail,
            fileID: file, document: "letter", page: nil, object: nil)
    }

    func recordedEventsComeBackInOrder() throws {
        let catalog = try make()
        let recorded = [
            Self.event(.reprocessing, file: "PF-1", detail: "version 2 replaces 1", person: "A. Ozola"),
            Self.event(.export, file: "PF-2", detail: "bag written"),
            Self.event(.export, file: "PF-1", detail: "bag written"),
        ]
        try catalog.record(recorded)
        try catalog.record([])
        try catalog.record([Self.event(.fixityCheck, file: "PF-1", detail: "all intact")])
        let events = try catalog.events(forFile: CatalogFixture.file("PF-1"))
        #expect(events == [recorded[0], recorded[2], Self.event(.fixityCheck, file: "PF-1", detail: "all intact")])
        #expect(try catalog.events(forFile: CatalogFixture.file("PF-2")) == [recorded[1]])
        #expect(try catalog.events(forFile: CatalogFixture.file("PF-9")).isEmpty)
    }

    func theCallsThatCauseEventsRecordThem() throws {
        let catalog = try make()
        let batch = try catalog.beginBatch(CatalogFixture.start)
        _ = try catalog.registerDocument(CatalogFixture.document("letter", object: 1, pages: 2), batch: batch)
        let file = CatalogFixture.file("PF-1")
        let ingested = try catalog.events(forFile: file)
        #expect(ingested.map(\.kind) == [.ingestion, .messageDigestCalculation])
        #expect(ingested.allSatisfy { $0.document == "letter" && $0.outcome == .success })
        #expect(ingested.last?.object == CatalogFixture.hash(1).hex)

        let jobs = try catalog.pendingPages()
        try catalog.recordPages([CatalogFixture.read(jobs[0], text: "one"), CatalogFixture.failed(jobs[1])])
        let pages = try catalog.events(forFile: file).dropFirst(ingested.count)
        #expect(pages.map(\.kind) == [.normalization, .transcription, .normalization, .transcription])
        #expect(pages.map(\.page) == [1, 1, 2, 2])
        #expect(pages.map(\.outcome) == [.success, .success, .success, .failure])
        #expect(pages.last?.detail.contains("ocr.timeout") == true, "a failure names its code")

        let document = try #require(try catalog.documentsToClassify(batch: batch, file: file).first)
        let decided = CatalogFixture.classification(.personalFile, probability: 0.6, key: "classify|1")
        try catalog.recordClassification(
            document: document.documentID, derivation: decided.derivation, classification: decided.classification, reused: false)
        let classified = try #require(try catalog.events(forFile: file).last)
        #expect(classified.kind == .classification && classified.document == "letter" && classified.outcome == .warning)
        // Registering the same sources again is no event.
        let count = try catalog.events(forFile: file).count
        _ = try catalog.registerDocument(CatalogFixture.document("letter", object: 1, pages: 2), batch: batch)
        #expect(try catalog.events(forFile: file).count == count)
    }
}
