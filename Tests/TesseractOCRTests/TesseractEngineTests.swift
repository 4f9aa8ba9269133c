import DigitiseCore
import ImageCodecs
import TesseractOCR
import TestSupport
import Testing

@Suite struct TesseractEngineTests {
    static let page = Repository.samplesInbox + "/PF-2019-004512/01-dzivesvietas-deklaracija.png"

    @Test func readsLatvianWithItsDiacritics() throws {
        let image = try ImageDecoder().decode(fileAt: Self.page, page: 0, limits: DecodeLimits())
        let factory = try TesseractEngineFactory(languages: "lav+rus+eng", pageSegmentationMode: 3)
        let result = try factory.makeEngine().recognise(image, dpi: 300, deadlineSeconds: 120)
        for word in ["Bērziņš", "DEKLARĀCIJA", "Ģimenes", "locekļi"] {
            #expect(result.text.contains(word), "\(word) not in: \(result.text.prefix(300))")
        }
        #expect(result.meanConfidence > 70)
        #expect(result.hocr.contains("ocrx_word"))
        #expect(factory.engineIdentity.hasPrefix("tesseract 5"))
    }

    /// The invert threshold reaches every language's recogniser, not only the first one's: white-on-black lines
    /// are read with their Latvian letters at nightly's 0.7; with no line read inverted (0, as fast.yaml), the
    /// other languages' readings of the inverted lines win and the letters are lost.
    @Test func whiteOnBlackLinesAreReadAtTheNightlyThreshold() throws {
        let page = try ImageDecoder().decode(fileAt: Self.page, page: 0, limits: DecodeLimits())
        var band = page.rows(from: 0, count: page.height / 4)
        band.pixels = band.pixels.map { 255 - $0 }
        func text(invertThreshold: Double) throws -> String {
            try TesseractEngineFactory(languages: "lav+rus+eng", pageSegmentationMode: 3, invertThreshold: invertThreshold)
                .makeEngine().recognise(band, dpi: 300, deadlineSeconds: 120).text
        }
        let nightly = try text(invertThreshold: PipelineDefinition.nightly.ocr.invertThreshold)
        for words in ["Pilsonības", "DEKLARĀCIJA", "Jānis Bērziņš"] { #expect(nightly.contains(words), "\(nightly)") }
        let never = try text(invertThreshold: 0)
        #expect(!never.contains("Pilsonības"), "\(never)")
    }

    /// A black-and-white page goes to Tesseract one bit a pixel and reads as it does eight bits a pixel: the same
    /// page with one grey pixel in a margin (which keeps it on the eight-bit path) gives the same text and words.
    @Test func aBlackAndWhitePageReadsTheSameAtOneBitAPixel() throws {
        var page = try ImageDecoder().decode(fileAt: Self.page, page: 0, limits: DecodeLimits())
        page.pixels = page.pixels.map { $0 < 128 ? 0 : 255 }
        var grey = page
        grey.pixels[0] = 254
        let engine = try TesseractEngineFactory(languages: "lav+rus+eng", pageSegmentationMode: 3).makeEngine()
        let oneBit = try engine.recognise(page, dpi: 300, deadlineSeconds: 120)
        let eightBit = try engine.recognise(grey, dpi: 300, deadlineSeconds: 120)
        #expect(oneBit.text.contains("Bērziņš"))
        #expect(oneBit.text == eightBit.text)
        #expect(oneBit.hocr.components(separatedBy: "ocrx_word").count == eightBit.hocr.components(separatedBy: "ocrx_word").count)
    }

    @Test func aMissingLanguageModelSaysWhatToInstall() {
        do {
            _ = try TesseractEngineFactory(languages: "lav+xyz", pageSegmentationMode: 3)
            Issue.record("a missing model was accepted")
        } catch {
            #expect(error.description.contains("tesseract-ocr-xyz"))
            #expect(error.failure.code == "ocr.unavailable")
        }
    }

    /// The deadline is Tesseract's own monitor: a page past it is cancelled and reported, not waited for.
    @Test func aPagePastItsDeadlineIsCancelled() throws {
        let image = try ImageDecoder().decode(fileAt: Self.page, page: 0, limits: DecodeLimits())
        let engine = try TesseractEngineFactory(languages: "lav+rus+eng", pageSegmentationMode: 3).makeEngine()
        #expect(throws: OCRError.timeout(seconds: 0.001)) {
            try engine.recognise(image, dpi: 300, deadlineSeconds: 0.001)
        }
        // The same engine goes on to read the next page.
        #expect(try engine.recognise(image, dpi: 300, deadlineSeconds: 120).text.contains("Bērziņš"))
    }
}
