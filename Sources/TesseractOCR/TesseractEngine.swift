internal import CTesseract
import DigitiseCore
import Glibc

/// One Tesseract handle (`TessBaseAPI`), created, used and released by one worker thread: this is where a page's
/// OCR happens.
///
/// Not `Sendable` on purpose: Tesseract handles may run in parallel threads, but each only in its own.
final class TesseractEngine: OCREngine {
    private let api: OpaquePointer
    /// The pipeline's page segmentation mode, restored after a call that used another.
    private let pageSegmentationMode: Int

    init(languages: String, pageSegmentationMode: Int, invertThreshold: Double, dataPath: String?) throws(OCRError) {
        TesseractGlobals.configure()
        guard let api = TessBaseAPICreate() else { throw .engineUnavailable("TessBaseAPICreate returned nothing") }
        // Given at initialisation, not by SetVariable afterwards: that would reach only the first language's
        // recogniser, while `lav+rus+eng` has one per language (tesseract-ocr/tesseract#3037).
        guard Self.initialise(api, dataPath: dataPath, languages: languages, settings: [("invert_threshold", String(invertThreshold))]) == 0
        else {
            TessBaseAPIDelete(api)
            throw .engineUnavailable(
                "Tesseract could not load the language models '\(languages)' from \(dataPath ?? TesseractEngineFactory.defaultDataPath); install them (make deps, or apt-get install tesseract-ocr-LANG)"
            )
        }
        self.api = api
        self.pageSegmentationMode = pageSegmentationMode
        TessBaseAPISetPageSegMode(api, TessPageSegMode(rawValue: UInt32(pageSegmentationMode)))
    }

    /// `TessBaseAPIInit4` (as `Init3`, Tesseract's default engine mode) with `settings` applied to every language's recogniser.
    private static func initialise(_ api: OpaquePointer, dataPath: String?, languages: String, settings: [(String, String)]) -> Int32 {
        var names = settings.map { strdup($0.0) }
        var values = settings.map { strdup($0.1) }
        defer { (names + values).forEach { free($0) } }
        return names.withUnsafeMutableBufferPointer { n in
            values.withUnsafeMutableBufferPointer { v in
                TessBaseAPIInit4(api, dataPath, languages, OEM_DEFAULT, nil, 0, n.baseAddress, v.baseAddress, settings.count, 0)
            }
        }
    }

    deinit {
        TessBaseAPIEnd(api)
        TessBaseAPIDelete(api)
    }

    func recognise(_ image: GreyImage, dpi: Int, deadlineSeconds: Double, settings: RecognitionSettings) throws(OCRError) -> OCRResult {
        // The page thresholding is the API's own (its first recogniser's), which SetVariable reaches; both settings
        // are put back after the call, so the next page is read the pipeline's way.
        if settings.thresholding != .otsu { TessBaseAPISetVariable(api, "thresholding_method", String(settings.thresholding.rawValue)) }
        if let mode = settings.pageSegmentationMode { TessBaseAPISetPageSegMode(api, TessPageSegMode(rawValue: UInt32(mode))) }
        defer {
            if settings.thresholding != .otsu { TessBaseAPISetVariable(api, "thresholding_method", "0") }
            if settings.pageSegmentationMode != nil {
                TessBaseAPISetPageSegMode(api, TessPageSegMode(rawValue: UInt32(pageSegmentationMode)))
            }
        }
        return try recognised(image, dpi: dpi, deadlineSeconds: deadlineSeconds) { api in
            // Text, hOCR and ALTO are all written from one walk over Tesseract's results: its own renderers walk
            // them again each (hOCR and ALTO symbol by symbol), which cost a fifth of the page's recognition time.
            let layout = RecognisedPageReader.read(api, width: image.width, height: image.height, dpi: dpi)
            let version = TesseractEngineFactory.version
            return OCRResult(
                text: PlainTextWriter.text(layout), hocr: OCRDocuments.hocr(page: HOCRWriter.page(layout), version: version),
                alto: OCRDocuments.alto(page: ALTOWriter.page(layout), version: version), meanConfidence: Int(TessBaseAPIMeanTextConf(api)))
        }
    }

    /// Recognises `image` and hands the handle, holding its results, to `body`; the results are cleared afterwards.
    func recognised<T>(_ image: GreyImage, dpi: Int, deadlineSeconds: Double, _ body: (OpaquePointer) -> T) throws(OCRError) -> T {
        defer {
            TessBaseAPIClear(api)
            // The page's layout and recognition results are freed now; hand their pages back to the system, so
            // the allocator's free lists do not carry each page's high-water mark into the next (flat memory).
            malloc_trim(0)
        }
        // Tesseract copies the buffer, so it need not outlive this call. A black-and-white page goes in as one bit a
        // pixel (`BilevelRows`), any other as eight.
        if let bilevel = BilevelRows(image) {
            bilevel.bytes.withUnsafeBufferPointer {
                TessBaseAPISetImage(api, $0.baseAddress, Int32(image.width), Int32(image.height), 0, Int32(bilevel.bytesPerRow))
            }
        } else {
            image.pixels.withUnsafeBufferPointer {
                TessBaseAPISetImage(api, $0.baseAddress, Int32(image.width), Int32(image.height), 1, Int32(image.width))
            }
        }
        TessBaseAPISetSourceResolution(api, Int32(dpi))

        guard let monitor = TessMonitorCreate() else { throw .recognitionFailed("cannot create a progress monitor") }
        defer { TessMonitorDelete(monitor) }
        let clock = ContinuousClock()
        let started = clock.now
        TessMonitorSetDeadlineMSecs(monitor, Int32(clamping: Int((deadlineSeconds * 1000).rounded())))
        guard TessBaseAPIRecognize(api, monitor) == 0 else {
            let elapsed = clock.now - started
            if elapsed >= .milliseconds(Int((deadlineSeconds * 1000).rounded())) { throw .timeout(seconds: deadlineSeconds) }
            throw .recognitionFailed("Tesseract's recogniser returned an error for a \(image.width) x \(image.height) page")
        }
        return body(api)
    }

    /// Copies and frees a string Tesseract allocated.
    static func takeString(_ pointer: UnsafeMutablePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        defer { TessDeleteText(pointer) }
        return String(cString: pointer)
    }
}
