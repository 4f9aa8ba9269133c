import DigitiseCore
import Testing

/// The contract of `BatchLedger` that a run's summary relies on, for any catalog: a batch counts the current
/// documents it saw and their pages by state, and lists the failures, inbox problems first, up to a limit.
public struct BatchLedgerConformance {
    public typealias Catalog = BatchLedger & PageQueue
    let make: () throws -> any Catalog

    /// - Parameter make: a new, empty catalog for each scenario.
    public init(make: @escaping () throws -> any Catalog) {
        self.make = make
    }

    public func run() {
        ConformanceScenario.runEach([
            .init("each batch has an id of its own", eachBatchHasAnID),
            .init("the summary counts pages by outcome", theSummaryCountsPagesByOutcome),
            .init("the summary lists inbox problems first, up to the limit", theSummaryListsInboxProblemsFirst),
            .init("the summary counts only what the batch saw", theSummaryCountsWhatTheBatchSaw),
        ])
    }

    func eachBatchHasAnID() throws {
        let catalog = try make()
        let ids = try (1...3).map { _ in try catalog.beginBatch(CatalogFixture.start) }
        #expect(Set(ids).count == 3)
        #expect(ids == ids.sorted(), "later batches have larger ids")
        #expect(try catalog.summary(ofBatch: ids[0], failureLimit: 10) == BatchCounts(), "an empty batch counts nothing")
    }

    func theSummaryCountsPagesByOutcome() throws {
        let catalog = try make()
        let batch = try catalog.beginBatch(CatalogFixture.start)
        let header = CatalogFixture.header()
        _ = try catalog.registerDocument(
            CatalogFixture.document(
                "letter",
                sources: [
                    CatalogFixture.source(
                        "letter.tif", object: 1,
                        pages: .success([
                            .success(header), .success(header), .success(header), .success(header), .success(header),
                            .failure(DecodeError(.truncated, page: 5, "cut short")),
                        ]))
                ]), batch: batch)
        _ = try catalog.registerDocument(CatalogFixture.document("form", file: "PF-2", object: 2), batch: batch)
        let jobs = try catalog.pendingPages().filter { $0.fileID == CatalogFixture.file("PF-1") }
        try catalog.recordPages([
            CatalogFixture.read(jobs[0], text: "one"), CatalogFixture.blank(jobs[1]), CatalogFixture.failed(jobs[2]),
            CatalogFixture.unreadable(jobs[3]),
        ])
        let counts = try catalog.summary(ofBatch: batch, failureLimit: 10)
        #expect(counts.files == 2 && counts.documents == 2 && counts.pages == 7)
        #expect(counts.pagesDone == 1 && counts.pagesBlank == 1 && counts.pagesFailed == 2 && counts.pagesUnreadable == 1)
        #expect(counts.pagesPending == 2 && counts.inboxProblems == 0)
        #expect(
            counts.failures == [
                FailureLine(subject: "PF-1/letter page 3", stage: "ocr", code: "ocr.timeout", message: "test failure"),
                FailureLine(subject: "PF-1/letter page 4", stage: "ocr", code: "ocr.no-text", message: PageOutcome.Result.noText.message),
                FailureLine(subject: "PF-1/letter page 6", stage: "ingest", code: "decode.truncated", message: "page 6: cut short"),
            ])
    }

    func theSummaryListsInboxProblemsFirst() throws {
        let catalog = try make()
        let batch = try catalog.beginBatch(CatalogFixture.start)
        let other = try catalog.beginBatch(CatalogFixture.start)
        _ = try catalog.registerDocument(
            CatalogFixture.document(
                "letter", sources: [CatalogFixture.source("letter.png", object: 1, pages: .failure(DecodeError(.empty, "empty")))]),
            batch: batch)
        try catalog.recordInboxProblem(InboxProblem(path: "z id", code: "inbox.bad-file-id", message: "rename it"), batch: batch)
        try catalog.recordInboxProblem(InboxProblem(path: "a id", code: "inbox.bad-file-id", message: "rename it"), batch: batch)
        try catalog.recordInboxProblem(
            InboxProblem(path: ".hidden", code: "inbox.hidden", message: "skipped", isFailure: false), batch: batch)
        try catalog.recordInboxProblem(InboxProblem(path: "elsewhere", code: "inbox.symlink-outside", message: "no"), batch: other)
        let counts = try catalog.summary(ofBatch: batch, failureLimit: 10)
        #expect(counts.inboxProblems == 2, "a problem skipped on purpose is no failure")
        #expect(counts.failures.map(\.subject) == ["a id", "z id", "PF-1/letter page 1"])
        #expect(counts.failures.first == FailureLine(subject: "a id", stage: "ingest", code: "inbox.bad-file-id", message: "rename it"))
        #expect(try catalog.summary(ofBatch: batch, failureLimit: 2).failures.map(\.subject) == ["a id", "z id"])
        #expect(try catalog.summary(ofBatch: batch, failureLimit: 0).failures.isEmpty)
        #expect(try catalog.summary(ofBatch: batch, failureLimit: 0).inboxProblems == 2, "the limit bounds the lines, not the counts")
    }

    func theSummaryCountsWhatTheBatchSaw() throws {
        let catalog = try make()
        let first = try catalog.beginBatch(CatalogFixture.start)
        _ = try catalog.registerDocument(CatalogFixture.document("letter", object: 1, pages: 2), batch: first)
        _ = try catalog.registerDocument(CatalogFixture.document("form", file: "PF-2", object: 2), batch: first)
        let second = try catalog.beginBatch(CatalogFixture.start)
        _ = try catalog.registerDocument(CatalogFixture.document("scan", file: "PF-3", object: 3), batch: second)
        // Registered again unchanged: seen by the second batch too.
        _ = try catalog.registerDocument(CatalogFixture.document("letter", object: 1, pages: 2), batch: second)
        let counts = try catalog.summary(ofBatch: second, failureLimit: 10)
        #expect(counts.files == 2 && counts.documents == 2 && counts.pages == 3 && counts.pagesPending == 3)
        #expect(try catalog.summary(ofBatch: first, failureLimit: 10).documents == 2)
    }
}
