import DigitiseCore
import Testing

/// The contract of `ReviewDesk`, for any catalog: the queue lists the current documents in review; a decision takes
/// one out, sets its class, rolls up to the file, leaves an event naming the person, and is kept, with the texts
/// it was made on and the model's view, for the classify stage to weigh.
public struct ReviewDeskConformance {
    public typealias Catalog = BatchLedger & PageQueue & DerivationMemo & ClassificationStore & ArchiveReader & ReviewDesk
    let make: () throws -> any Catalog

    /// - Parameter make: a new, empty catalog for each scenario.
    public init(make: @escaping () throws -> any Catalog) {
        self.make = make
    }

    public func run() {
        ConformanceScenario.runEach([
            .init("the queue lists documents in review", theQueueListsDocumentsInReview),
            .init("a decision takes a document out of the queue and rolls up", aDecisionTakesADocumentOut),
            .init("a decision is kept with its texts and the model's view", aDecisionIsKept),
            .init("an unknown document is refused", anUnknownDocumentIsRefused),
            .init("a decision stands for learning while its text is unchanged", aDecisionStandsWhileItsTextIsUnchanged),
            .init("a person's personal-file decision opens the document to auditors", aPersonalFileDecisionOpensTheDocument),
        ])
    }

    /// Two read documents of PF-1: `letter` sent to review as personal-file 0.6, `form` decided by the model.
    func catalogWithAQueue() throws -> (any Catalog, letterTexts: [TextPage]) {
        let (catalog, texts, _) = try catalogWithAQueueAndJobs()
        return (catalog, texts)
    }

    /// The same, with the page jobs as they were read.
    func catalogWithAQueueAndJobs() throws -> (any Catalog, letterTexts: [TextPage], jobs: [PageJob]) {
        let catalog = try make()
        let batch = try catalog.beginBatch(CatalogFixture.start)
        _ = try catalog.registerDocument(CatalogFixture.document("letter", object: 1), batch: batch)
        _ = try catalog.registerDocument(CatalogFixture.document("form", object: 2), batch: batch)
        let jobs = try catalog.pendingPages()
        for job in jobs { try catalog.recordPage(CatalogFixture.read(job, text: job.documentName)) }
        let documents = try catalog.documentsToClassify(batch: batch, file: nil)
        var letterTexts: [TextPage] = []
        for document in documents {
            let unsure = document.name == "letter"
            if unsure { letterTexts = document.pages }
            try catalog.recordClassification(
                document: document.documentID,
                derivation: DerivationRecord(key: "classify \(document.name)", stage: .classify, outputs: [:], resultJSON: "{}"),
                classification: Classification(
                    documentClass: .personalFile, kind: .other, probability: unsure ? 0.6 : 0.99, needsReview: unsure,
                    reviewReason: unsure ? "probability 0.60 is below the threshold" : nil,
                    explanation: .init(model: "m", features: [], rules: [], modelLogOdds: nil), identifiers: []),
                reused: false)
        }
        return (catalog, letterTexts, jobs)
    }

    func theQueueListsDocumentsInReview() throws {
        let (catalog, texts) = try catalogWithAQueue()
        let queue = try catalog.reviewQueue()
        #expect(queue.map(\.document) == ["letter"])
        let item = try #require(queue.first)
        #expect(item.fileID == CatalogFixture.file("PF-1") && item.version == 1 && item.reason.contains("below the threshold"))
        #expect(item.modelClass == .personalFile && item.modelProbability == 0.6 && item.kind == .other)
        #expect(item.textKey == ReviewDecision.textKey(of: texts))
    }

    func aDecisionTakesADocumentOut() throws {
        let (catalog, _) = try catalogWithAQueue()
        let file = CatalogFixture.file("PF-1")
        _ = try catalog.decide(file: file, document: "letter", documentClass: .asylum, kind: .appeal, person: "A. Ozola", note: "x")
        #expect(try catalog.reviewQueue().isEmpty)
        let record = try #require(try catalog.fileRecord(file))
        let letter = try #require(record.documents.first { $0.name == "letter" })
        #expect(letter.class == "asylum" && letter.kind == "appeal" && !letter.review)
        #expect(letter.decidedBy?.hasPrefix("A. Ozola on ") == true)
        #expect(record.documents.first { $0.name == "form" }?.decidedBy == nil, "the model decided the form")
        #expect(record.holdsAsylum, "the decision rolls up to the file")
        let event = try #require(try catalog.events(forFile: file).last)
        #expect(event.kind == .classification && event.person == "A. Ozola" && event.document == "letter")
        #expect(event.detail.contains("decided by A. Ozola") && event.detail.contains("note: x"))
    }

    func aDecisionIsKept() throws {
        let (catalog, texts) = try catalogWithAQueue()
        let file = CatalogFixture.file("PF-1")
        #expect(try catalog.latestDecision(file: file, document: "letter") == nil)
        let made = try catalog.decide(
            file: file, document: "letter", documentClass: .personalFile, kind: nil, person: "A. Ozola", note: nil)
        #expect(made.textKey == ReviewDecision.textKey(of: texts))
        #expect(made.modelClass == .personalFile && made.modelProbability == 0.6)
        #expect(try catalog.latestDecision(file: file, document: "letter") == made)
        let later = try catalog.decide(file: file, document: "letter", documentClass: .asylum, kind: nil, person: "B. Kalns", note: nil)
        #expect(try catalog.latestDecision(file: file, document: "letter") == later, "the latest decision is the one that stands")
        #expect(try catalog.fileRecord(file)?.documents.first { $0.name == "letter" }?.kind == "other", "no kind given: kept")
        // A kind of the other class is not kept: a personal-file decision does not leave an asylum application.
        let form = try #require(try catalog.documentsToClassify(batch: nil, file: file).first { $0.name == "form" })
        let application = CatalogFixture.classification(.asylum, key: "classify form as asylum")
        try catalog.recordClassification(
            document: form.documentID, derivation: application.derivation, classification: application.classification, reused: false)
        _ = try catalog.decide(file: file, document: "form", documentClass: .personalFile, kind: nil, person: "B. Kalns", note: nil)
        #expect(try catalog.fileRecord(file)?.documents.first { $0.name == "form" }?.kind == nil)
    }

    func aDecisionStandsWhileItsTextIsUnchanged() throws {
        let (catalog, _, jobs) = try catalogWithAQueueAndJobs()
        let file = CatalogFixture.file("PF-1")
        #expect(try catalog.standingDecisions().isEmpty, "nobody decided yet")
        let made = try catalog.decide(file: file, document: "letter", documentClass: .asylum, kind: .appeal, person: "A. Ozola", note: nil)
        let standing = try catalog.standingDecisions()
        #expect(standing == [DecidedText(decision: made, kind: .appeal, text: "letter")], "the decision, the kind and the text read")
        // The page is read again with another text: the decision is history, not a label for the new text.
        let job = try #require(jobs.first { $0.documentName == "letter" })
        try catalog.recordPage(CatalogFixture.read(job, text: "letter, read again", engine: "engine 2"))
        #expect(try catalog.standingDecisions().isEmpty)
        #expect(try catalog.latestDecision(file: file, document: "letter") == made, "kept in history")
    }

    func aPersonalFileDecisionOpensTheDocument() throws {
        let (catalog, _) = try catalogWithAQueue()
        let file = CatalogFixture.file("PF-1")
        let auditor = SearchQuery(text: "letter", openUnder: DisclosurePolicy(minimumProbability: 0.9))
        #expect(try catalog.search(auditor).isEmpty, "in review, 0.6 sure: closed")
        _ = try catalog.decide(file: file, document: "letter", documentClass: .asylum, kind: nil, person: "A. Ozola", note: nil)
        #expect(try catalog.search(auditor).isEmpty, "decided asylum: closed")
        _ = try catalog.decide(file: file, document: "letter", documentClass: .personalFile, kind: nil, person: "A. Ozola", note: nil)
        #expect(try catalog.search(auditor).map(\.document) == ["letter"], "a person decided personal-file: open, whatever the model said")
        let letter = try #require(try catalog.fileRecord(file)?.documents.first { $0.name == "letter" })
        #expect(DisclosurePolicy(minimumProbability: 0.9).isOpen(letter))
    }

    func anUnknownDocumentIsRefused() throws {
        let (catalog, _) = try catalogWithAQueue()
        #expect(throws: ReviewDeskError.noSuchDocument(file: CatalogFixture.file("PF-1"), document: "nothing")) {
            try catalog.decide(
                file: CatalogFixture.file("PF-1"), document: "nothing", documentClass: .asylum, kind: nil, person: "x", note: nil)
        }
        #expect(try catalog.reviewQueue().count == 1, "a refused decision changes nothing")
    }
}
