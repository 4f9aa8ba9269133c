import Foundation

/// Takes one page from its stored source to text, stage by stage, each stage memoised by content.
///
/// Two steps, run by two pools of workers (`PageWork`): `prepare` normalises (decode, resample, orient, deskew,
/// clean, binarise; blank pages stop here) and finds memoised results; `read` is the OCR, with the worker's own
/// Tesseract.
public struct PageProcessor: Sendable {
    let store: any ObjectStoring
    let memo: any DerivationMemo
    let decoder: any PageImageDecoder
    let normaliser: any PageNormaliser
    let pipeline: PipelineDefinition
    let ocr: any OCREngineFactory
    let languages: LanguagePlan
    /// Redo this stage and those after it even when a memo holds their result (`reprocess --from`); nil trusts the memo.
    let redoFrom: Stage?

    public init(_ context: RunContext, redoFrom: Stage? = nil) {
        store = context.store
        memo = context.catalog.memo
        decoder = context.decoder
        normaliser = context.normaliser
        pipeline = context.pipeline
        ocr = context.ocr
        languages = context.languages
        self.redoFrom = redoFrom
    }

    /// The normalise key this pipeline gives a page.
    public func normaliseKey(for job: PageJob) -> String {
        // A page that may hold another script than Latin is turned by OSD alone (`ExpectedScript`): its key says so.
        let orientation = script(for: job) == .latin ? ocr.orientationIdentity : ocr.orientationIdentity + " script=mixed"
        return DerivationKey.normalise(
            source: job.sourceObject, page: job.sourcePage, parameters: pipeline.normalise, normaliser: normaliser.identity,
            orientation: pipeline.normalise.orientation ? orientation : "off")
    }

    /// The scripts the page's languages write.
    func script(for job: PageJob) -> ExpectedScript { ExpectedScript(languages: languages.languages(for: job)) }

    /// The OCR key of a page's normalised image, read with the languages the plan gives its document: the
    /// pipeline's are narrowed to the script OSD saw (`ScriptLanguages`), a language map's are kept as given.
    /// The key holds the list and the narrowing rule; the script is the normalised image's, which the key holds.
    func ocrKey(for job: PageJob, image: ObjectHash, report: NormalisationReport?) -> (key: String, languages: String) {
        let planned = languages.languages(for: job)
        var parameters = pipeline.ocr
        parameters.languages = planned
        var reading = planned
        if planned == pipeline.ocr.languages {
            reading = parameters.scriptLanguages.languages(for: planned, script: report?.script, confidence: report?.scriptConfidence)
        } else {
            parameters.languagesByScript = [:]
        }
        return (DerivationKey.ocr(image: image, parameters: parameters, engine: ocr.engineIdentity(languages: planned)), reading)
    }

    /// Whether this pipeline would derive a finished page differently: a changed normalisation, or (for a page
    /// that was read) a changed OCR of the same normalised image. Blank pages are judged by normalisation alone.
    public func isStale(_ page: PageKeys) -> Bool {
        // A person typed its text from the paper: another normaliser or engine reads the same paper no better.
        if page.transcribed { return false }
        guard page.normaliseKey == normaliseKey(for: page.job) else { return true }
        guard let ocrKey = page.ocrKey, let image = page.normalisedImage else { return false }
        return ocrKey != self.ocrKey(for: page.job, image: image, report: nil).key
    }

    /// Whether a stage must be computed again whatever the memo holds.
    private func redoes(_ stage: Stage) -> Bool {
        guard let redoFrom, let from = Stage.allCases.firstIndex(of: redoFrom), let this = Stage.allCases.firstIndex(of: stage) else {
            return false
        }
        return this >= from
    }

    /// The normalise stage: the page's normalised image (made now or found in the memo), then either a finished
    /// page (blank, failed, or its text already in the memo) or the image for an OCR worker.
    /// - Throws: only what breaks the archive itself (store or catalog); a bad page is an outcome.
    func prepare(_ job: PageJob, orientation: (any OrientationDetector)?) throws -> PreparedPage {
        var timings = PageTimings()
        let normaliseKey = normaliseKey(for: job)

        var fresh: NormalisedPage?
        var dpiSource: String?
        let normalised: DerivationRecord
        if !redoes(.normalise), let memo = try memo.derivation(forKey: normaliseKey) {
            normalised = memo
        } else {
            let image: GreyImage
            do {
                image = try Stopwatch.time(&timings.decode) { () throws(DecodeError) in
                    try decoder.decode(fileAt: store.path(of: job.sourceObject), page: job.sourcePage, limits: pipeline.decodeLimits)
                }
            } catch {
                return .finished(
                    PageOutcome(pageID: job.pageID, result: .failed(error.failure(at: .normalise), normalised: nil), timings: timings))
            }
            let resolution = ResolutionPolicy(defaultDPI: pipeline.normalise.defaultDPI)
                .resolve(stated: image.dpi, width: image.width, height: image.height)
            dpiSource = resolution.source.rawValue
            do {
                let page = try Stopwatch.time(&timings.normalise) { () throws(NormaliseError) in
                    try normaliser.normalise(
                        image, dpi: resolution.dpi, parameters: pipeline.normalise, orientation: orientation, script: script(for: job))
                }
                let png = try Stopwatch.time(&timings.normalise) { () throws(NormaliseError) in try normaliser.encode(page) }
                let object = try Stopwatch.time(&timings.store) { try store.put(png) }
                normalised = DerivationRecord(key: normaliseKey, stage: .normalise, outputs: ["image": object], result: page.report)
                fresh = page
            } catch let error as NormaliseError {
                return .finished(PageOutcome(pageID: job.pageID, result: .failed(error.failure, normalised: nil), timings: timings))
            }
        }
        guard let report = normalised.result(as: NormalisationReport.self), let imageObject = normalised.outputs["image"] else {
            let failure = StageFailure(stage: .normalise, code: "normalise.memo", message: "a memoised normalisation is incomplete")
            return .finished(PageOutcome(pageID: job.pageID, result: .failed(failure, normalised: nil)))
        }
        if report.isBlank {
            return .finished(
                PageOutcome(
                    pageID: job.pageID, result: .blank(normalised: normalised), dpi: report.dpi, dpiSource: dpiSource, timings: timings))
        }

        let (ocrKey, languages) = ocrKey(for: job, image: imageObject.hash, report: report)
        if !redoes(.ocr), let memo = try memo.derivation(forKey: ocrKey), let text = memo.outputs["text"] {
            let words = String(decoding: try store.read(text.hash), as: UTF8.self)
            return .finished(
                PageOutcome(
                    pageID: job.pageID, result: .reading(normalised: normalised, ocr: memo, text: words), dpi: report.dpi,
                    dpiSource: dpiSource, timings: timings, isMemoised: fresh == nil))
        }
        let image: GreyImage
        if let fresh {
            image = fresh.image
        } else {
            do {
                image = try Stopwatch.time(&timings.decode) { () throws(DecodeError) in
                    try decoder.decode(fileAt: store.path(of: imageObject.hash), page: 0, limits: pipeline.decodeLimits)
                }
            } catch {
                return .finished(
                    PageOutcome(pageID: job.pageID, result: .failed(error.failure(at: .ocr), normalised: normalised), timings: timings))
            }
        }
        return .toRead(
            PageAwaitingOCR(
                job: job, image: image, languages: languages, ocrKey: ocrKey, normalised: normalised, dpi: report.dpi,
                uprightUnconfirmed: report.orientationMethod == "leptonica" && report.rotation == 0 && script(for: job) != .latin,
                inkPixels: Int(report.inkCoverage * Double(image.width * image.height)), dpiSource: dpiSource, timings: timings))
    }

    /// The OCR stage: this is where a page is read, by the calling worker's Tesseract for the page's languages,
    /// and read again up the retry ladder when the first reading is poor (`ReadingLadder`).
    /// - Throws: what breaks the archive (store) or leaves the worker without an engine; a page that cannot be
    ///   read is an outcome.
    func read(_ page: PageAwaitingOCR, engines: OCREngineShelf) throws -> PageOutcome {
        var timings = page.timings
        let engine = try engines.engine(for: page.languages)
        let normaliser = normaliser
        let ladder = ReadingLadder(rules: pipeline.ocr.ladder) { image, dpi throws(NormaliseError) in
            try normaliser.enhanced(image, dpi: dpi)
        }
        let reading: ReadingLadder.Outcome
        do {
            reading = try Stopwatch.time(&timings.ocr) { () throws(OCRError) in
                try ladder.read(
                    page.image, dpi: page.dpi, inkPixels: page.inkPixels, deadlineSeconds: pipeline.ocr.deadlineSeconds, engine: engine,
                    uprightUnconfirmed: page.uprightUnconfirmed)
            }
        } catch {
            return PageOutcome(
                pageID: page.job.pageID, result: .failed(error.failure, normalised: page.normalised), dpi: page.dpi,
                dpiSource: page.dpiSource, timings: timings)
        }
        let result = reading.result
        let outputs = try Stopwatch.time(&timings.store) {
            var outputs = [
                "text": try store.put(Array(result.text.utf8)), "hocr": try store.put(Array(result.hocr.utf8)),
                "alto": try store.put(Array(result.alto.utf8)),
            ]
            // The kept reading was made from a turned or enhanced image: its word boxes refer to that image.
            if let variant = reading.variantImage {
                let report = NormalisationReport(sourceDPI: page.dpi, dpi: page.dpi)  // grey, not bilevel: stored as read
                outputs["image"] = try store.put(try normaliser.encode(NormalisedPage(image: variant, report: report)))
            }
            return outputs
        }
        var summary = reading.summary
        if page.languages != languages.languages(for: page.job) { summary.languages = page.languages }
        let ocr = DerivationRecord(key: page.ocrKey, stage: .ocr, outputs: outputs, result: summary)
        return PageOutcome(
            pageID: page.job.pageID, result: .reading(normalised: page.normalised, ocr: ocr, text: result.text), dpi: page.dpi,
            dpiSource: page.dpiSource, timings: timings)
    }
}
