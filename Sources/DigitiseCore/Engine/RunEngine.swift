import Foundation

/// The one run engine, for the nightly run and reprocessing alike: open a batch, take in and choose the work
/// (`WorkChoice`), read the pages on concurrent workers (`PageWork`), classify the documents (`ClassifyStage`),
/// close the batch with its summary.
///
/// A batch that throws (a full disk, a broken catalog) is closed `failed` before the error goes on; one whose
/// process was killed is closed `abandoned` by the next run (with a shared catalog: the next worker to start, once
/// the batch's keep-alive has lapsed).
public struct RunEngine: Sendable {
    public let context: RunContext

    public init(_ context: RunContext) {
        self.context = context
    }

    /// - Throws: what the choice refuses (`InboxReadError` for a missing inbox, `FileWork.UnknownFile`),
    ///   `OCRError.engineUnavailable` when no OCR engine starts, and store or catalog errors; a bad document or page
    ///   is never thrown, it is in the summary.
    public func run<Choice: WorkChoice>(_ choice: Choice, progress: any RunProgress = SilentProgress()) throws -> Choice.Summary {
        let clock = ContinuousClock()
        let started = clock.now
        let survey = try choice.survey(context)
        let catalog = context.catalog
        // The caller holds the archive's lock: a batch still `running` belongs to a process that died. (Not so for
        // workers sharing a catalog: they close the batches no longer kept alive, `BatchKeepAlive`.)
        if context.leasing == nil {
            _ = try catalog.ledger?.closeAbandonedBatches(
                status: "abandoned", reason: "its process ended without closing it (killed or crashed)")
        }
        context.store.reserveSpace()
        defer { context.store.releaseSpaceReserve() }
        let batch = try catalog.batches.beginBatch(
            BatchStart(
                inbox: choice.batchLabel, pipelineName: context.pipeline.name, pipelineVersion: context.pipeline.version,
                workers: context.workers.ocr, program: context.program))
        context.journal.batchBegan(batch)
        return try catalog.batches.closingOnError(batch, freeSpace: context.store.releaseSpaceReserve) {
            let tally = PageTally()
            let keepAlive = try context.leasing.map { try BatchKeepAlive(batch: batch, fleet: $0.fleet, lease: $0.lease, tally: tally) }
            defer { keepAlive?.stop() }
            let chosen = try choice.choose(survey, batch: batch, context: context, progress: progress)
            let texts = RunTexts()
            let work = try readPages(chosen.pages, redoFrom: chosen.redoFrom, texts: texts, tally: tally, progress: progress)
            if let classifier = context.classifier, work.stopped != .interrupted {
                let documents: [DocumentText]
                switch chosen.classify {
                case .batch: documents = try catalog.classifications.documentsToClassify(batch: batch, file: nil)
                case .file(let id): documents = try catalog.classifications.documentsToClassify(batch: nil, file: id)
                case .filesRead:
                    documents = try work.files.sorted { $0.rawValue < $1.rawValue }.flatMap {
                        try catalog.classifications.documentsToClassify(batch: nil, file: $0)
                    }
                }
                try ClassifyStage(context, classifier: classifier, redo: chosen.redoFrom != nil, texts: texts).run(documents)
            }
            let (summary, status) = try choice.conclude(
                CompletedWork(batch: batch, chosen: chosen, pages: work, seconds: (clock.now - started).inSeconds), context: context)
            try catalog.batches.finishBatch(batch, status: status.name, summaryJSON: CanonicalJSON.string(summary) ?? "{}")
            return summary
        }
    }

    /// Reads the pages: first, one at a time and alone, those that were in hand when a reading process died (if one
    /// of them kills this process too, it is the only page in hand and alone takes the blame); then the rest.
    private func readPages(
        _ jobs: [PageJob], redoFrom: Stage?, texts: RunTexts, tally: PageTally, progress: any RunProgress
    ) throws -> PagesRead {
        let suspects = try context.catalog.ledger?.suspectPages() ?? []
        var work = PageWork(
            processor: PageProcessor(context, redoFrom: redoFrom), queue: context.catalog.pages, ocr: context.ocr,
            workers: context.workers, failureGuard: FailureGuard(context.pipeline.batch), control: context.control, texts: texts)
        work.journal = context.journal
        work.tally = tally
        if let leasing = context.leasing, redoFrom == nil {
            // Shared with other workers: the catalog's pending pages, claimed a few at a time, whoever ingested them.
            return try LeasedPageWork(work: work, leasing: leasing, suspects: suspects).run(progress: progress)
        }
        var total = PagesRead()
        if !suspects.isEmpty {
            var alone = work
            alone.workers = StageWorkers(normalise: 1, ocr: 1)
            for job in jobs where suspects.contains(job.pageID) {
                guard context.control.stopReason == nil else { break }
                total.add(try alone.run([job], progress: SilentProgress()))
            }
        }
        total.add(try work.run(jobs.filter { !suspects.contains($0.pageID) }, progress: progress))
        return total
    }
}
