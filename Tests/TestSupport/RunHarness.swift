import DigitiseCore
import FileSystemInbox
import ImageCodecs

/// Every catalog role a run uses, and the reads its tests check the result by.
public typealias RunTestCatalog = BatchLedger & PageQueue & DerivationMemo & ClassificationStore & DocumentVersions & ProvenanceLog
    & RunLedger & ArchiveReader & ReviewDesk

/// Runs the engine as the command line composes it, on the store and catalog a test gives (in-memory doubles, or
/// the real adapters), with the real inbox reader and decoders and a test's OCR engine.
public struct RunHarness: Sendable {
    public let store: any ObjectStoring
    public let catalog: any RunTestCatalog
    public let decoder: any PageImageDecoder
    public let normaliser: any PageNormaliser

    public init(
        store: any ObjectStoring, catalog: any RunTestCatalog, decoder: any PageImageDecoder = ImageDecoder(),
        normaliser: any PageNormaliser = PlainNormaliser()
    ) {
        self.store = store
        self.catalog = catalog
        self.decoder = decoder
        self.normaliser = normaliser
    }

    public func context(
        ocr: any OCREngineFactory, pipeline: PipelineDefinition, workers: StageWorkers = 2, control: RunControl = RunControl(),
        classifier: (any DocumentClassifying)? = nil, languages: LanguagePlan? = nil, leasing: PageLeasing? = nil
    ) -> RunContext {
        let catalog = catalog
        var context = RunContext(
            store: store,
            catalog: RunCatalog(
                batches: catalog, pages: catalog, memo: catalog, classifications: catalog, versions: catalog, provenance: catalog,
                ledger: catalog, decisions: catalog),
            decoder: decoder, normaliser: normaliser, ocr: ocr, classifier: classifier, pipeline: pipeline, languages: languages,
            workers: workers, program: "tests", control: control)
        context.leasing = leasing
        return context
    }

    /// A nightly run over an inbox; with `leasing`, as one of many workers sharing the catalog.
    public func run(
        inbox: String, ocr: any OCREngineFactory, pipeline: PipelineDefinition, workers: StageWorkers = 2,
        control: RunControl = RunControl(), classifier: (any DocumentClassifying)? = nil, languages: LanguagePlan? = nil,
        leasing: PageLeasing? = nil
    ) throws -> RunSummary {
        try RunEngine(
            context(
                ocr: ocr, pipeline: pipeline, workers: workers, control: control, classifier: classifier, languages: languages,
                leasing: leasing)
        )
        .run(InboxWork(inbox: inbox, reader: InboxScanner()))
    }

    /// Reprocessing one personal file.
    public func reprocess(
        _ file: FileID, from: Stage? = nil, person: String, ocr: any OCREngineFactory, pipeline: PipelineDefinition,
        classifier: (any DocumentClassifying)? = nil
    ) throws -> ReprocessSummary {
        try RunEngine(context(ocr: ocr, pipeline: pipeline, classifier: classifier))
            .run(FileWork(file: file, from: from, person: person, reader: catalog))
    }
}
