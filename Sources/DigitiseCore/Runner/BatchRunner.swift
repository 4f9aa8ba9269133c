import Foundation
import Synchronization

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
    public let workers: Int
    public let program: String

    public init(
        store: any ObjectStoring, catalog: any CatalogStore, decoder: any PageImageDecoder, normaliser: any PageNormaliser,
        ocr: any OCREngineFactory, pipeline: PipelineDefinition, workers: Int, program: String
    ) {
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
        let batch = try catalog.beginBatch(
            BatchStart(inbox: inbox, pipelineName: pipeline.name, pipelineVersion: pipeline.version, workers: workers, program: program))
        for problem in scan.problems {
            try catalog.recordInboxProblem(problem, batch: batch)
        }

        let ingestor = Ingestor(store: store, decoder: decoder, limits: pipeline.decodeLimits)
        let documents = scan.files.flatMap { file in file.documents.map { (file.id, $0) } }
        for (index, (file, document)) in documents.enumerated() {
            _ = try catalog.registerDocument(try ingestor.ingest(document, of: file), batch: batch)
            progress.ingested(documents: index + 1, of: documents.count)
        }

        let processor = PageProcessor(
            store: store, catalog: catalog, decoder: decoder, normaliser: normaliser, pipeline: pipeline,
            engineIdentity: ocr.engineIdentity, orientationIdentity: ocr.orientationIdentity)
        // Work: every page that waits, and every finished page of this inbox's documents that this pipeline would
        // derive differently (a changed parameter, engine or model): each is redone from the first stage that changed,
        // and the old results are kept. Documents this inbox does not hold are left alone (`reprocess` is for them).
        let jobs = try catalog.pendingPages() + catalog.finishedPageKeys(batch: batch).filter(processor.isStale).map(\.job)
        progress.started(pages: jobs.count)
        let orientationOn = pipeline.normalise.orientation
        let memoised = Atomic<Int>(0)
        let factory = ocr
        let writer = CatalogWriter(catalog: catalog)
        do {
            try WorkerPool.run(
                workers: workers, jobs: jobs,
                makeState: { _ in try WorkerTools.make(with: factory, orientationOn: orientationOn) },
                body: { tools, job in
                    let outcome = try processor.process(job, with: tools)
                    try writer.submit(outcome)
                    if outcome.isMemoised { memoised.add(1, ordering: .relaxed) }
                    progress.pageFinished(outcome.result.status, label: job.label)
                })
        } catch {
            try? writer.flush()  // keep what was finished before the error
            throw error
        }
        try writer.flush()

        let counts = try catalog.summary(ofBatch: batch, failureLimit: 50)
        let failed = counts.pagesFailed > 0 || counts.pagesPending > 0 || scan.problems.contains(where: \.isFailure)
        let status: ExitStatus = failed ? .partial : .ok
        let summary = RunSummary(
            batch: batch, inbox: inbox, counts: counts, pagesProcessed: jobs.count,
            pagesMemoised: memoised.load(ordering: .relaxed), seconds: (clock.now - started).inSeconds,
            problems: scan.problems, exitStatus: status.rawValue)
        let json = (try? JSONEncoder().encode(summary)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        try catalog.finishBatch(batch, status: failed ? "partial" : "ok", summaryJSON: json)
        return summary
    }
}
