import Catalog
import DigitiseCore
import DocumentClassifier
import FileSystemInbox
import Foundation
import ImageCodecs
import PageImaging
import TesseractOCR

/// The composition root: the one place where the command line chooses the adapters (libtiff/libpng/libjpeg,
/// Leptonica, Tesseract, the SQLite catalog, the file store, the inbox on disk) and builds the engines every
/// command works with. The core never names an adapter.
enum Composition {
    static var decoder: any PageImageDecoder { ImageDecoder() }

    static var inboxReader: any InboxReading { InboxScanner() }

    static var normaliser: any PageNormaliser { LeptonicaNormaliser(greyEncoder: PNGGreyEncoder()) }

    /// What a run (nightly or reprocessing) works with: the pipeline and its languages, the engines that read, and
    /// the archive, opened (and locked) only once everything else is ready, so that a bad pipeline or a missing
    /// language model is said before anything is created or waited for.
    static func runContext(
        _ options: PipelineOptions, workers: WorkerOptions, control: RunControl, openArchive: () throws -> Archive
    ) throws -> (context: RunContext, archive: Archive) {
        let definition = try options.definition()
        let plan = try LanguageMapLoader.load(options.languageMap, defaultLanguages: definition.ocr.languages)
        let engines = try TesseractEngineFactory(
            languages: definition.ocr.languages, otherLanguages: plan.languageLists,
            pageSegmentationMode: definition.ocr.pageSegmentationMode, invertThreshold: definition.ocr.invertThreshold)
        let classifier = try ClassifierLoader.load(definition.classify, pipelineFile: options.pipeline)
        let archive = try openArchive()
        let stageWorkers = workers.stageWorkers(for: definition)
        var context = RunContext(
            store: archive.store, catalog: RunCatalog(archive.catalog), decoder: decoder, normaliser: normaliser, ocr: engines,
            classifier: classifier, pipeline: definition, languages: plan, workers: stageWorkers,
            program: Version.program, control: control)
        context.leasing = workers.leasing(archive.catalog, workers: stageWorkers)
        return (context, archive)
    }
}
