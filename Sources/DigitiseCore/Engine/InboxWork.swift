/// The nightly run's work (`digitise run INBOX`): ingest every document of the inbox, then read every page that
/// waits (including those an interrupted run left behind) and every finished page of this inbox's documents that
/// the pipeline would derive differently; classify the documents the batch saw.
public struct InboxWork: WorkChoice {
    public let inbox: String
    let reader: any InboxReading

    public init(inbox: String, reader: any InboxReading) {
        self.inbox = inbox
        self.reader = reader
    }

    public var batchLabel: String { inbox }

    public func survey(_ context: RunContext) throws -> InboxScan {
        try reader.scan(inbox: inbox)
    }

    public func choose(_ scan: InboxScan, batch: Int64, context: RunContext, progress: any RunProgress) throws -> ChosenWork {
        let catalog = context.catalog
        for problem in scan.problems {
            try catalog.batches.recordInboxProblem(problem, batch: batch)
        }
        let ingestor = Ingestor(context, crashed: try catalog.ledger?.crashedSources() ?? [:])
        let documents = scan.files.flatMap { file in file.documents.map { (file.id, $0) } }
        var problems = scan.problems.map(PreflightProblem.init)
        var refused = scan.problems
        var pageCount = 0
        for (index, (file, document)) in documents.enumerated() {
            let ingested = try ingestor.ingest(document, of: file)
            for refusal in ingested.refused {
                try catalog.batches.recordInboxProblem(refusal, batch: batch)
                refused.append(refusal)
                problems.append(PreflightProblem(refusal))
            }
            guard let stored = ingested.document else { continue }
            for source in stored.sources {
                pageCount += source.pages.pageCount
                problems += PreflightProblem.of(source.pages, path: "\(file)/\(source.relativePath)")
            }
            _ = try catalog.pages.registerDocument(stored, batch: batch)
            progress.ingested(documents: index + 1, of: documents.count)
        }
        progress.preflight(
            PreflightReport(inbox: inbox, files: scan.files.count, documents: documents.count, pages: pageCount, problems: problems))

        // Documents this inbox does not hold are left alone (`reprocess` is for them); a redone page keeps its old
        // results.
        let processor = PageProcessor(context)
        let stale = try catalog.pages.finishedPageKeys(batch: batch).filter(processor.isStale)
        if let leasing = context.leasing {
            // Workers sharing a catalog claim what waits a few pages at a time (`LeasedPageWork`), not from a list:
            // the stale pages are marked for whichever of them claims them.
            try leasing.leases.requeue(stale)
            return ChosenWork(pages: [], classify: .batch, refused: refused)
        }
        let jobs = try catalog.pages.pendingPages() + stale.map(\.job)
        return ChosenWork(pages: context.languages.grouped(jobs), classify: .batch, refused: refused)
    }

    public func conclude(_ work: CompletedWork, context: RunContext) throws -> (summary: RunSummary, status: RunStatus) {
        let counts = try context.catalog.batches.summary(ofBatch: work.batch, failureLimit: 50)
        let problems = work.chosen.refused
        let status = RunStatus(
            stopped: work.pages.stopped,
            partial: counts.pagesNotRead > 0 || counts.pagesPending > 0 || problems.contains(where: \.isFailure))
        let summary = RunSummary(
            batch: work.batch, inbox: inbox, counts: counts, pagesProcessed: work.pages.processed, pagesMemoised: work.pages.memoised,
            seconds: work.seconds, problems: problems, stopped: work.pages.stopped, exitStatus: status.exit.rawValue)
        return (summary, status)
    }
}
