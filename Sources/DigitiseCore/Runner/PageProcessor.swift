import Foundation

/// Takes one page from its stored source to text: decode and normalise, then OCR, unless the catalog already
/// holds the same derivation. Runs on a worker thread with that worker's own OCR engine.
public struct PageProcessor: Sendable {
    let store: any ObjectStoring
    let catalog: any CatalogStore
    let decoder: any PageImageDecoder
    let pipeline: PipelineDefinition
    let engineIdentity: String

    public init(
        store: any ObjectStoring, catalog: any CatalogStore, decoder: any PageImageDecoder,
        pipeline: PipelineDefinition, engineIdentity: String
    ) {
        self.store = store
        self.catalog = catalog
        self.decoder = decoder
        self.pipeline = pipeline
        self.engineIdentity = engineIdentity
    }

    /// - Throws: only what breaks the archive itself (store or catalog); a bad page is an outcome.
    public func process(_ job: PageJob, with engine: any OCREngine) throws -> PageOutcome {
        let key = DerivationKey.ocr(source: job.sourceObject, page: job.sourcePage, pipeline: pipeline, engine: engineIdentity)
        if let memo = try catalog.derivation(forKey: key) {
            let text = String(decoding: try store.read(memo.textObject.hash), as: UTF8.self)
            return PageOutcome(pageID: job.pageID, result: .read(memo, text: text), isMemoised: true)
        }

        let clock = ContinuousClock()
        var seconds: [Stage: Double] = [:]
        let started = clock.now
        let image: GreyImage
        do {
            image = try decoder.decode(fileAt: store.path(of: job.sourceObject), page: job.sourcePage, limits: pipeline.decodeLimits)
        } catch {
            return PageOutcome(pageID: job.pageID, result: .failed(error.failure(at: .normalise)))
        }
        let resolution = ResolutionPolicy(defaultDPI: pipeline.normalise.defaultDPI)
            .resolve(stated: image.dpi, width: image.width, height: image.height)
        seconds[.normalise] = (clock.now - started).seconds

        let ocrStarted = clock.now
        let result: OCRResult
        do {
            result = try engine.recognise(image, dpi: resolution.dpi, deadlineSeconds: pipeline.ocr.deadlineSeconds)
        } catch {
            return PageOutcome(
                pageID: job.pageID, result: .failed(error.failure), dpi: resolution.dpi, dpiSource: resolution.source.rawValue,
                seconds: seconds)
        }
        seconds[.ocr] = (clock.now - ocrStarted).seconds

        let textObject = try store.put(Array(result.text.utf8))
        let hocrObject = try store.put(Array(result.hocr.utf8))
        let record = DerivationRecord(key: key, textObject: textObject, hocrObject: hocrObject, meanConfidence: result.meanConfidence)
        return PageOutcome(
            pageID: job.pageID, result: .read(record, text: result.text), dpi: resolution.dpi,
            dpiSource: resolution.source.rawValue, seconds: seconds)
    }
}

extension Duration {
    var seconds: Double {
        let (s, attoseconds) = components
        return Double(s) + Double(attoseconds) / 1e18
    }
}
