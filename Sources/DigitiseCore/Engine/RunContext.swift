/// Everything a run works with: where the archive keeps bytes and records, the engines that read, the pipeline and
/// how many workers run it. The composition root (the command line) builds one; every stage is made from it.
public struct RunContext: Sendable {
    public let store: any ObjectStoring
    public let catalog: RunCatalog
    public let decoder: any PageImageDecoder
    public let normaliser: any PageNormaliser
    public let ocr: any OCREngineFactory
    /// The classify stage's engine; nil leaves documents unclassified (tests of the page stages).
    public let classifier: (any DocumentClassifying)?
    public let pipeline: PipelineDefinition
    /// Which languages read which document (a language map, or the pipeline's for all).
    public let languages: LanguagePlan
    public var workers: StageWorkers
    /// The program and version, recorded as the agent of what the run does.
    public let program: String
    /// Stops the run between pages (a signal, the failure guard).
    public let control: RunControl
    /// Where the run says what it holds, for a supervisor to read if the process dies (crash containment).
    public var journal: any AttemptJournal = NoAttemptJournal()
    /// Set when the catalog is shared with other workers: pages are claimed under leases (`LeasedPageWork`) instead
    /// of read as one list.
    public var leasing: PageLeasing?

    /// - Parameter languages: a language map; nil reads every page with the pipeline's languages.
    public init(
        store: any ObjectStoring, catalog: RunCatalog, decoder: any PageImageDecoder, normaliser: any PageNormaliser,
        ocr: any OCREngineFactory, classifier: (any DocumentClassifying)?, pipeline: PipelineDefinition, languages: LanguagePlan? = nil,
        workers: StageWorkers, program: String, control: RunControl = RunControl()
    ) {
        self.store = store
        self.catalog = catalog
        self.decoder = decoder
        self.normaliser = normaliser
        self.ocr = ocr
        self.classifier = classifier
        self.pipeline = pipeline
        self.languages = languages ?? LanguagePlan(defaultLanguages: pipeline.ocr.languages)
        self.workers = workers
        self.program = program
        self.control = control
    }
}
