internal import CTesseract
import DigitiseCore

/// Tesseract's orientation and script detection (OSD) on a handle of its own, initialised with the `osd` model.
/// One per worker thread, like the OCR engine.
final class TesseractOrientationDetector: OrientationDetector {
    private let api: OpaquePointer

    init(dataPath: String?) throws(OCRError) {
        TesseractGlobals.configure()
        guard let api = TessBaseAPICreate() else { throw .engineUnavailable("TessBaseAPICreate returned nothing") }
        guard TessBaseAPIInit3(api, dataPath, "osd") == 0 else {
            TessBaseAPIDelete(api)
            throw .engineUnavailable(
                "Tesseract could not load the orientation model 'osd'; install it (make deps, or apt-get install tesseract-ocr-osd)")
        }
        self.api = api
        TessBaseAPISetPageSegMode(api, PSM_OSD_ONLY)
    }

    deinit {
        TessBaseAPIEnd(api)
        TessBaseAPIDelete(api)
    }

    func detect(_ image: GreyImage, dpi: Int) -> OrientationEstimate? {
        defer { TessBaseAPIClear(api) }
        image.pixels.withUnsafeBufferPointer {
            TessBaseAPISetImage(api, $0.baseAddress, Int32(image.width), Int32(image.height), 1, Int32(image.width))
        }
        TessBaseAPISetSourceResolution(api, Int32(dpi))
        var degrees: Int32 = 0
        var confidence: Float = 0
        var script: UnsafePointer<CChar>?
        var scriptConfidence: Float = 0
        guard TessBaseAPIDetectOrientationScript(api, &degrees, &confidence, &script, &scriptConfidence) != 0 else { return nil }
        // OSD names the angle the text stands at, counter-clockwise; turning the page clockwise by the rest of a
        // full turn makes it upright.
        return OrientationEstimate(
            rotation: (360 - Int(degrees)) % 360, confidence: Double(confidence), script: script.map { String(cString: $0) },
            scriptConfidence: Double(scriptConfidence))
    }
}
