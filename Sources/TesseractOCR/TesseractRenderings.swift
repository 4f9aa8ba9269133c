internal import CTesseract
import DigitiseCore

/// One recognition of a page, read both ways: the layout digitise writes its text, hOCR and ALTO from, and what
/// Tesseract's own renderers make of the same results. The writers are held to Tesseract's words, boxes, elements
/// and text with it (LayoutMarkupTests); C stays in this module.
struct TesseractRenderings {
    var layout: RecognisedPage
    var tesseractHOCR: String
    var tesseractALTO: String
    var tesseractText: String

    /// Reads `image` with a nightly engine for `languages` (the same engine the night uses).
    init(_ image: GreyImage, dpi: Int, languages: String) throws(OCRError) {
        let engine = try TesseractEngine(
            languages: languages, pageSegmentationMode: PipelineDefinition.nightly.ocr.pageSegmentationMode,
            invertThreshold: PipelineDefinition.nightly.ocr.invertThreshold, dataPath: nil)
        (layout, tesseractHOCR, tesseractALTO, tesseractText) = try engine.recognised(image, dpi: dpi, deadlineSeconds: 120) { api in
            (
                RecognisedPageReader.read(api, width: image.width, height: image.height, dpi: dpi),
                TesseractEngine.takeString(TessBaseAPIGetHOCRText(api, 0)), TesseractEngine.takeString(TessBaseAPIGetAltoText(api, 0)),
                TesseractEngine.takeString(TessBaseAPIGetUTF8Text(api))
            )
        }
    }
}
