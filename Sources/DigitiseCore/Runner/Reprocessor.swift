import Foundation

/// `reprocess FILE-ID`: redoes one personal file from its stored originals (the inbox may be long gone) into new
/// document versions, keeps the old ones, and tells what changed.
///
/// Which pages are redone: with `from`, every page from that stage on, whatever the memo holds (a rescan of the
/// same bytes, a suspected bad result); without it, exactly what the pipeline would derive differently, as in a
/// nightly run. Pages that failed after ingest are always tried again.
public struct Reprocessor: Sendable {
    public let store: any ObjectStoring
    public let catalog: any CatalogStore
    public let decoder: any PageImageDecoder
    public let normaliser: any PageNormaliser
    public let ocr: any OCREngineFactory
    public let pipeline: PipelineDefinition
    public let workers: StageWorkers
    public let program: String
    public let control: RunControl
    /// The classify stage's engine; nil leaves documents unclassified (tests of the page stages).
    public let classifier: (any DocumentClassifying)?

    public init(
        store: any ObjectStoring, catalog: any CatalogStore, decoder: any PageImageDecoder, normaliser: any PageNormaliser,
        ocr: any OCREngineFactory, pipeline: PipelineDefinition, workers: StageWorkers, program: String, control: RunControl = RunControl(),
        classifier: (any DocumentClassifying)? = nil
    ) {
        self.classifier = classifier
        self.store = store
        self.catalog = catalog
        self.decoder = decoder
        self.normaliser = normaliser
        self.ocr = ocr
        self.pipeline = pipeline
        self.workers = workers
        self.program = program
        self.control = control
    }

    public enum ReprocessError: Error, Equatable, CustomStringConvertible {
        case unknownFile(FileID)

        public var description: String {
            switch self {
            case .unknownFile(let id): "the archive holds no personal file \(id) (digitise search finds files by their text)"
            }
        }
    }

    public func reprocess(
        _ file: FileID, from: Stage?, person: String, progress: any RunProgress = SilentProgress()
    ) throws -> ReprocessSummary {
        guard try catalog.fileRecord(file) != nil else { throw ReprocessError.unknownFile(file) }
        let batch = try catalog.beginBatch(
            BatchStart(
                inbox: "reprocess \(file)", pipelineName: pipeline.name, pipelineVersion: pipeline.version, workers: workers.ocr,
                program: program))
        return try catalog.closingOnError(batch) {
            let changes = try catalog.newVersions(ofFile: file, batch: batch)
            let processor = PageProcessor(
                store: store, catalog: catalog, decoder: decoder, normaliser: normaliser, pipeline: pipeline, ocr: ocr,
                redoFrom: from)
            let finished = try catalog.pageKeys(ofFile: file)
            let redo: [PageJob]
            switch from {
            case .ingest?, .normalise?, .ocr?: redo = finished.map(\.job)
            case nil: redo = finished.filter(processor.isStale).map(\.job)
            case .classify?, .index?: redo = []
            }
            let jobs = try catalog.pendingPages().filter { $0.fileID == file } + redo
            let work = try PageWork(
                processor: processor, catalog: catalog, ocr: ocr, workers: workers, failureGuard: FailureGuard(pipeline.batch),
                control: control
            ).run(jobs, progress: progress)

            if let classifier, work.stopped != .interrupted {
                try ClassifyStage(
                    store: store, catalog: catalog, classifier: classifier, minTextCharacters: pipeline.classify.minTextCharacters,
                    redo: from != nil
                ).run(catalog.documentsToClassify(batch: nil, file: file))
            }

            var diffs: [DocumentDiff] = []
            for change in changes {
                guard let old = try catalog.documentVersion(change.previousID), let new = try catalog.documentVersion(change.currentID)
                else {
                    continue
                }
                diffs.append(try DocumentDiff.between(old, new) { String(decoding: try store.read($0), as: UTF8.self) })
            }
            let partial = diffs.contains { $0.status != "done" }
            let status: ExitStatus = work.stopped?.exitStatus ?? (partial ? .partial : .ok)
            let how = from.map { "from \($0.rawValue)" } ?? "what the pipeline changes"
            try catalog.record(
                diffs.map { diff in
                    ArchiveEvent(
                        kind: .reprocessing, at: Timestamp.now(), agent: program, person: person,
                        outcome: work.stopped != nil ? .warning : (diff.status == "done" ? .success : .warning),
                        detail: "version \(diff.version) replaces \(diff.previousVersion) (kept): redid \(how) with pipeline "
                            + "\(pipeline.name) v\(pipeline.version); \(diff.pagesChanged) of \(diff.pages) page(s) changed text, "
                            + "CER \(String(format: "%.4f", diff.textCER)) against the previous version"
                            + (work.stopped.map { "; stopped early (\($0.rawValue)), the rest waits for the next run" } ?? ""),
                        fileID: file.rawValue, document: diff.name)
                })
            let summary = ReprocessSummary(
                file: file.rawValue, batch: batch, from: from, pipeline: "\(pipeline.name) v\(pipeline.version)", person: person,
                pagesProcessed: work.processed, documents: diffs, stopped: work.stopped, exitStatus: status.rawValue)
            let json = CanonicalJSON.string(summary) ?? "{}"
            try catalog.finishBatch(batch, status: work.stopped?.rawValue ?? (partial ? "partial" : "ok"), summaryJSON: json)
            return summary
        }
    }
}
