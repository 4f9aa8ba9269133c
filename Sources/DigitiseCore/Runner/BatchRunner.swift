import Foundation

/// The nightly job: scan the inbox, ingest every document, then read every waiting page on concurrent workers.
///
/// Reads like the pipeline: ingest (serial, cheap: hashing and headers) → pages (parallel: decode, normalise,
/// OCR, each worker with its own engine) → summary from the catalog. Every page that waits is taken up again,
/// including those an interrupted run left behind.
public struct BatchRunner: Sendable {
    public let store: any ObjectStoring
    public let catalog: any CatalogStore
    public let decoder: any PageImageDecoder
    public let ocr: any OCREngineFactory
    public let normaliser: any PageNormaliser
    public let pipeline: PipelineDefinition
    public let workers: StageWorkers
    /// Which languages read which document (a language map); nil reads every page with the pipeline's.
    public let languages: LanguagePlan?
    public let program: String
    /// Stops the run between pages (a signal, the failure guard).
    public let control: RunControl
    /// The classify stage's engine; nil leaves documents unclassified (tests of the page stages).
    public let classifier: (any DocumentClassifying)?
    /// Where the run says what it holds, for a supervisor to read if the process dies (crash containment).
    public var journal: any AttemptJournal = NoAttemptJournal()
    /// What earlier runs that died left behind: open batches, pages and sources in hand at the end. Nil ignores it.
    public var ledger: (any RunLedger)?

    public init(
        store: any ObjectStoring, catalog: any CatalogStore, decoder: any PageImageDecoder, normaliser: any PageNormaliser,
        ocr: any OCREngineFactory, pipeline: PipelineDefinition, workers: StageWorkers, program: String,
        control: RunControl = RunControl(), classifier: (any DocumentClassifying)? = nil, languages: LanguagePlan? = nil
    ) {
        self.languages = languages
        self.classifier = classifier
        self.control = control
        self.normaliser = normaliser
        self.store = store
        self.catalog = catalog
        self.decoder = decoder
        self.ocr = ocr
        self.pipeline = pipeline
        self.workers = workers
        self.program = program
    }

    /// - Throws: `InboxScanner.ScanError` for a missing inbox, `OCRError.engineUnavailable` when no OCR engine
    ///   starts, and store or catalog errors; a bad document or page is never thrown, it is in the summary.
    public func run(inbox: String, progress: any RunProgress = SilentProgress()) throws -> RunSummary {
        let clock = ContinuousClock()
        let started = clock.now
        let scan = try InboxScanner().scan(inbox: inbox)
        // The caller holds the archive's lock: a batch still `running` belongs to a process that died.
        _ = try ledger?.closeAbandonedBatches(status: "abandoned", reason: "its process ended without closing it (killed or crashed)")
        let batch = try catalog.beginBatch(
            BatchStart(inbox: inbox, pipelineName: pipeline.name, pipelineVersion: pipeline.version, workers: workers.ocr, program: program)
        )
        journal.batchBegan(batch)

        return try catalog.closingOnError(batch) {
            for problem in scan.problems {
                try catalog.recordInboxProblem(problem, batch: batch)
            }

            let ingestor = Ingestor(
                store: store, decoder: decoder, limits: pipeline.decodeLimits, journal: journal,
                crashed: try ledger?.crashedSources() ?? [:])
            let documents = scan.files.flatMap { file in file.documents.map { (file.id, $0) } }
            var problems = scan.problems.map(PreflightProblem.init)
            var inboxProblems = scan.problems
            var pageCount = 0
            for (index, (file, document)) in documents.enumerated() {
                let ingested = try ingestor.ingest(document, of: file)
                for refusal in ingested.refused {
                    try catalog.recordInboxProblem(refusal, batch: batch)
                    inboxProblems.append(refusal)
                    problems.append(PreflightProblem(refusal))
                }
                guard let stored = ingested.document else { continue }
                for source in stored.sources {
                    pageCount += source.pages.pageCount
                    problems += PreflightProblem.of(source.pages, path: "\(file)/\(source.relativePath)")
                }
                _ = try catalog.registerDocument(stored, batch: batch)
                progress.ingested(documents: index + 1, of: documents.count)
            }
            progress.preflight(
                PreflightReport(inbox: inbox, files: scan.files.count, documents: documents.count, pages: pageCount, problems: problems))

            let processor = PageProcessor(
                store: store, catalog: catalog, decoder: decoder, normaliser: normaliser, pipeline: pipeline, ocr: ocr,
                languages: languages)
            // Work: every page that waits, and every finished page of this inbox's documents that this pipeline would
            // derive differently (a changed parameter, engine or model): each is redone from the first stage that changed,
            // and the old results are kept. Documents this inbox does not hold are left alone (`reprocess` is for them).
            let jobs = processor.languages.grouped(
                try catalog.pendingPages() + catalog.finishedPageKeys(batch: batch).filter(processor.isStale).map(\.job))
            let work = try readPages(jobs, processor: processor, progress: progress)

            if let classifier, work.stopped != .interrupted {
                try ClassifyStage(
                    store: store, catalog: catalog, classifier: classifier, minTextCharacters: pipeline.classify.minTextCharacters
                ).run(catalog.documentsToClassify(batch: batch, file: nil))
            }

            let counts = try catalog.summary(ofBatch: batch, failureLimit: 50)
            let failed = counts.pagesNotRead > 0 || counts.pagesPending > 0 || inboxProblems.contains(where: \.isFailure)
            let status: ExitStatus = work.stopped?.exitStatus ?? (failed ? .partial : .ok)
            let summary = RunSummary(
                batch: batch, inbox: inbox, counts: counts, pagesProcessed: work.processed,
                pagesMemoised: work.memoised, seconds: (clock.now - started).inSeconds,
                problems: inboxProblems, stopped: work.stopped, exitStatus: status.rawValue)
            let json = CanonicalJSON.string(summary) ?? "{}"
            try catalog.finishBatch(batch, status: work.stopped?.rawValue ?? (failed ? "partial" : "ok"), summaryJSON: json)
            return summary
        }
    }

    /// Reads the pages: first, one at a time and alone, those that were in hand when a reading process died (if one
    /// of them kills this process too, it is the only page in hand and alone takes the blame); then the rest.
    private func readPages(_ jobs: [PageJob], processor: PageProcessor, progress: any RunProgress) throws -> PageWork.Outcome {
        let suspects = try ledger?.suspectPages() ?? []
        var work = PageWork(
            processor: processor, catalog: catalog, ocr: ocr, workers: workers, failureGuard: FailureGuard(pipeline.batch),
            control: control)
        work.journal = journal
        var total = PageWork.Outcome()
        if !suspects.isEmpty {
            var alone = work
            alone.workers = StageWorkers(normalise: 1, ocr: 1)
            for job in jobs where suspects.contains(job.pageID) {
                guard control.stopReason == nil else { break }
                total.add(try alone.run([job], progress: SilentProgress()))
            }
        }
        total.add(try work.run(jobs.filter { !suspects.contains($0.pageID) }, progress: progress))
        return total
    }
}
