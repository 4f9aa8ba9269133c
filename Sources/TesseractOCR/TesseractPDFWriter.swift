internal import CTesseract
import DigitiseCore
import Foundation

/// A searchable PDF through Tesseract's own PDF renderer: each page image with an invisible text layer.
///
/// The renderer needs its own recognition pass, so the pages are read again (export is rare; the nightly run
/// stores text, hOCR and ALTO instead). Tesseract reads the page images itself from a list file.
public struct TesseractPDFWriter: Sendable {
    public let languages: String

    public init(languages: String) { self.languages = languages }

    /// - Parameters:
    ///   - pages: paths of the page images, in document order.
    ///   - output: the PDF's path; must end in `.pdf`.
    public func write(pages: [String], title: String, to output: String) throws(OCRError) {
        guard output.hasSuffix(".pdf") else { throw .recognitionFailed("the PDF's name must end in .pdf: \(output)") }
        TesseractGlobals.configure()
        let list = FileManager.default.temporaryDirectory.appendingPathComponent("digitise-pages-\(UUID().uuidString).txt").path
        defer { try? FileManager.default.removeItem(atPath: list) }
        guard FileManager.default.createFile(atPath: list, contents: Data((pages.joined(separator: "\n") + "\n").utf8)) else {
            throw .recognitionFailed("cannot write the page list \(list)")
        }
        guard let api = TessBaseAPICreate() else { throw .engineUnavailable("TessBaseAPICreate returned nothing") }
        defer {
            TessBaseAPIEnd(api)
            TessBaseAPIDelete(api)
        }
        guard TessBaseAPIInit3(api, nil, languages) == 0 else {
            throw .engineUnavailable("Tesseract could not load the language models '\(languages)'")
        }
        // The renderer finds its font (pdf.ttf) in the data folder.
        let dataPath = TessBaseAPIGetDatapath(api).map { String(cString: $0) } ?? TesseractEngineFactory.defaultDataPath
        guard let renderer = TessPDFRendererCreate(String(output.dropLast(4)), dataPath, 0) else {
            throw .recognitionFailed("cannot create Tesseract's PDF renderer for \(output)")
        }
        defer { TessDeleteResultRenderer(renderer) }
        guard TessBaseAPIProcessPages(api, list, nil, 0, renderer) != 0 else {
            throw .recognitionFailed("Tesseract's PDF renderer failed on \(title)")
        }
    }
}
