import DigitiseCore
import Foundation
import FoundationXML
import ImageCodecs
import TestSupport
import Testing

@testable import TesseractOCR

/// hOCR and ALTO written from one walk over Tesseract's results (`RecognisedPageReader`, `HOCRWriter`,
/// `ALTOWriter`) against Tesseract's own renderers, and the writers on pages made by hand.
@Suite struct LayoutMarkupTests {
    func read(_ path: String, languages: String) throws -> TesseractRenderings {
        try TesseractRenderings(ImageDecoder().decode(fileAt: path, page: 0, limits: DecodeLimits()), dpi: 300, languages: languages)
    }

    func matches(_ pattern: String, in text: String) throws -> [[String]] {
        let expression = try NSRegularExpression(pattern: pattern)
        let range = NSRange(text.startIndex..., in: text)
        return expression.matches(in: text, range: range).map { match in
            (1..<match.numberOfRanges).map { Range(match.range(at: $0), in: text).map { String(text[$0]) } ?? "" }
        }
    }

    static let pages = [
        (Repository.samplesInbox + "/PF-2019-004512/01-dzivesvietas-deklaracija.png", "lav+rus+eng"),
        (Repository.sharedCorpus + "/real/tt_eurotext.tif", "eng"),
    ]

    @Test(arguments: pages) func textIsTesseractsOwn(path: String, languages: String) throws {
        let readings = try read(path, languages: languages)
        #expect(readings.tesseractText.count > 200)
        #expect(PlainTextWriter.text(readings.layout) == readings.tesseractText)
    }

    @Test(arguments: pages) func hocrHasTesseractsWordsBoxesConfidencesAndBaselines(path: String, languages: String) throws {
        let readings = try read(path, languages: languages)
        let ours = HOCRWriter.page(readings.layout)
        let word = "<span class='ocrx_word' id='(word_1_\\d+)' title='bbox ([\\d ]+); x_wconf (\\d+)'[^>]*>(.*?)</span>"
        let theirWords = try matches(word, in: readings.tesseractHOCR)
        #expect(theirWords.count > 20)
        #expect(try matches(word, in: ours) == theirWords)
        // Lines: the same ids, boxes and baselines (Tesseract adds row heights the C API does not give).
        let line = "<span class='(ocr_\\w+)' id='(line_1_\\d+)' title=\"(bbox [\\d ]+(?:; baseline [-\\d. ]+)?)"
        let theirLines = try matches(line, in: readings.tesseractHOCR)
        #expect(theirLines.count > 3 && theirLines.contains { $0[2].contains("baseline") })
        #expect(try matches(line, in: ours) == theirLines)
        let area = "<(?:div|p) class='(ocr_carea|ocr_par)' id='(\\w+)'(?: lang='(\\w+)')? title=\"(bbox [\\d ]+)\">"
        let theirAreas = try matches(area, in: readings.tesseractHOCR)
        #expect(theirAreas.contains { $0[0] == "ocr_par" && !$0[2].isEmpty })
        #expect(try matches(area, in: ours) == theirAreas)
    }

    @Test(arguments: pages) func altoHasTesseractsElementsAndFractionalConfidences(path: String, languages: String) throws {
        let readings = try read(path, languages: languages)
        let ours = ALTOWriter.page(readings.layout)
        let element = "<(ComposedBlock|TextBlock|TextLine|Illustration|GraphicalElement) ID=\"(\\w+)\" (HPOS=[^>]*?)/?>"
        let theirElements = try matches(element, in: readings.tesseractALTO)
        #expect(theirElements.count > 5)
        #expect(try matches(element, in: ours) == theirElements)
        let string =
            "<String ID=\"(\\w+)\" (HPOS=\"\\d+\" VPOS=\"\\d+\" WIDTH=\"\\d+\" HEIGHT=\"\\d+\") WC=\"([\\d.]+)\" CONTENT=\"([^\"]*)\"/>(<SP [^>]*/>)?"
        let theirs = try matches(string, in: readings.tesseractALTO)
        let mine = try matches(string, in: ours)
        #expect(theirs.count > 20)
        #expect(mine.map { [$0[0], $0[1], $0[3], $0[4]] } == theirs.map { [$0[0], $0[1], $0[3], $0[4]] })
        // Tesseract writes "0." before the percentage; ours is the fraction, the same confidence within rounding.
        for (m, t) in zip(mine, theirs) {
            let percent = try #require(Double(t[2].dropFirst(2)))
            let fraction = try #require(Double(m[2]))
            #expect(abs(fraction * 100 - percent) <= 1, "\(m[0]): \(m[2]) against Tesseract's \(t[2])")
        }
    }

    static let handMade = RecognisedPage(
        width: 1000, height: 800, dpi: 300,
        blocks: [
            .init(kind: .illustration, box: .init(left: 10, top: 10, right: 200, bottom: 100), paragraphs: []),
            .init(
                kind: .heading, box: .init(left: 100, top: 200, right: 900, bottom: 260),
                paragraphs: [
                    .init(
                        box: .init(left: 100, top: 200, right: 900, bottom: 260), language: "lav",
                        lines: [
                            .init(
                                box: .init(left: 100, top: 200, right: 900, bottom: 260),
                                baseline: .init(slope: 0.0123, offset: -6), textAngle: nil,
                                words: [
                                    .init(
                                        text: "<Bērziņš & \"Co\">", box: .init(left: 100, top: 200, right: 400, bottom: 250),
                                        confidence: 4.6, language: "lav"),
                                    .init(
                                        text: "Jānis's", box: .init(left: 420, top: 205, right: 900, bottom: 260),
                                        confidence: 100, language: "eng"),
                                ])
                        ])
                ]),
        ])

    @Test func handMadePageGivesWellFormedEscapedHOCR() throws {
        let hocr = HOCRWriter.page(Self.handMade)
        #expect(hocr.contains("<div class='ocr_photo' id='block_1_1' title=\"bbox 10 10 200 100\"></div>"))
        #expect(hocr.contains("<span class='ocr_header' id='line_1_1' title=\"bbox 100 200 900 260; baseline 0.012 -6\">"))
        #expect(hocr.contains("title='bbox 100 200 400 250; x_wconf 4'>&lt;Bērziņš &amp; &quot;Co&quot;&gt;</span>"))
        // A word in another language than its paragraph's says so.
        #expect(hocr.contains("x_wconf 100' lang='eng'>Jānis&#39;s</span>"))
        let document = OCRDocuments.hocr(page: hocr, version: "5.3.0")
        #expect(XMLParser(data: Data(document.utf8)).parse(), "the hOCR document is not well-formed XML")
    }

    @Test func handMadePageGivesWellFormedALTOWithFractions() throws {
        let alto = ALTOWriter.page(Self.handMade)
        #expect(alto.contains("<Illustration ID=\"cblock_0\" HPOS=\"10\" VPOS=\"10\" WIDTH=\"190\" HEIGHT=\"90\"/>"))
        #expect(alto.contains("<ComposedBlock ID=\"cblock_1\""))
        #expect(alto.contains("WC=\"0.05\" CONTENT=\"&lt;Bērziņš &amp; &quot;Co&quot;&gt;\"/><SP WIDTH=\"20\" VPOS=\"200\" HPOS=\"400\"/>"))
        #expect(alto.contains("WC=\"1.00\" CONTENT=\"Jānis&#39;s\"/>\n"))
        let document = OCRDocuments.alto(page: alto, version: "5.3.0")
        #expect(XMLParser(data: Data(document.utf8)).parse(), "the ALTO document is not well-formed XML")
    }
}
