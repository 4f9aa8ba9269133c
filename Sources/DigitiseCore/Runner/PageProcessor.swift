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

        var timings = PageTimings()
        let image: GreyImage
        do {
            image = try Stopwatch.time(&timings.decode) { () throws(DecodeError) in
                try decoder.decode(fileAt: store.path(of: job.sourceObject), page: job.sourcePage, limits: pipeline.decodeLimits)
            }
        } catch {
            return PageOutcome(pageID: job.pageID, result: .failed(error.failure(at: .normalise)), timings: timings)
        }
        let resolution = Stopwatch.time(&timings.normalise) {
            ResolutionPolicy(defaultDPI: pipeline.normalise.defaultDPI).resolve(stated: image.dpi, width: image.width, height: image.height)
        }

        let result: OCRResult
        do {
            result = try Stopwatch.time(&timings.ocr) { () throws(OCRError) in
                try engine.recognise(image, dpi: resolution.dpi, deadlineSeconds: pipeline.ocr.deadlineSeconds)
            }
        } catch {
            return PageOutcome(
                pageID: job.pageID, result: .failed(error.failure), dpi: resolution.dpi, dpiSource: resolution.source.rawValue,
                timings: timings)
        }

        let (textObject, hocrObject) = try Stopwatch.time(&timings.store) {
            (try store.put(Array(result.text.utf8)), try store.put(Array(result.hocr.utf8)))
        }
        let record = DerivationRecord(key: key, textObject: textObject, hocrObject: hocrObject, meanConfidence: result.meanConfidence)
        return PageOutcome(
            pageID: job.pageID, result: .read(record, text: result.text), dpi: resolution.dpi,
            dpiSource: resolution.source.rawValue, timings: timings)
    }
}

/// Measures how long a step takes and adds it to a timing.
enum Stopwatch {
    static func time<T, E: Error>(_ total: inout Double, _ body: () throws(E) -> T) throws(E) -> T {
        let clock = ContinuousClock()
        let start = clock.now
        defer { total += (clock.now - start).inSeconds }
        return try body()
    }
}

extension Duration {
    /// The duration as a number of seconds, for timings and rates.
    public var inSeconds: Double {
        let (s, attoseconds) = components
        return Double(s) + Double(attoseconds) / 1e18
    }
}
