internal import CTesseract
import DigitiseCore

/// One recognition of a page, read both ways: the layout digitise writes its text, hOCR and ALTO from, and what
/// Tesseract's own renderers make of it. The writers are held to Tesseract's words, boxes and
/// elements, and its text, with it (LayoutMarkupTests); C stays in this module.
struct TesseractRenderings {
    var layout: RecognisedPage
    var tesseractHOCR: String
    var tesseractALTO: String
    var tesseractText: String

    init(_ image: GreyImage, dpi: Int, languages: String) throws(OCRError) {
        guard let api = TessBaseAPICreate() else { throw .engineUnavailable("TessBaseAPICreate returned nothing") }
        defer { TessBaseAPIDelete(api) }
        guard TessBaseAPIInit3(api, nil, languages) == 0 else { throw .engineUnavailable("no models for \(languages)") }
        defer { TessBaseAPIEnd(api) }
        image.pixels.withUnsafeBufferPointer {
            TessBaseAPISetImage(api, $0.baseAddress, Int32(image.width), Int32(image.height), 1, Int32(image.width))
        }
        TessBaseAPISetSourceResolution(api, Int32(dpi))
        guard TessBaseAPIRecognize(api, nil) == 0 else { throw .recognitionFailed("Tesseract's recogniser failed") }
        func take(_ pointer: UnsafeMutablePointer<CChar>?) -> String {
            defer { TessDeleteText(pointer) }
            return pointer.map { String(cString: $0) } ?? ""
        }
        layout = RecognisedPageReader.read(api, width: image.width, height: image.height, dpi: dpi)
        tesseractHOCR = take(TessBaseAPIGetHOCRText(api, 0))
        tesseractALTO = take(TessBaseAPIGetAltoText(api, 0))
        tesseractText = take(TessBaseAPIGetUTF8Text(api))
    }
}
