import DigitiseCore
import ImageCodecs
import PageImaging
import TesseractOCR
import TestSupport
import Testing

@Suite struct LeptonicaNormaliserTests {
    static let samplePage = Repository.samplesInbox + "/PF-2019-004512/01-dzivesvietas-deklaracija.png"
    static let page: GreyImage = try! ImageDecoder().decode(fileAt: samplePage, page: 0, limits: DecodeLimits())
    let normaliser = LeptonicaNormaliser(greyEncoder: PNGGreyEncoder())

    /// Synthetic skews, both ways, recovered to within 0.2°.
    @Test(arguments: [-12.0, -6.5, -1.3, 0.8, 3.0, 9.7])
    func recoversASyntheticSkew(_ degrees: Double) throws {
        let skewed = try SkewTool.rotate(Self.page, degrees: degrees)
        let found = try SkewTool.measure(skewed)
        #expect(abs(found.degrees + degrees) < 0.2, "turned \(degrees)°, found \(found.degrees)°")
        #expect((found.confidence ?? 0) >= 3)
    }

    @Test func straightensASkewedPageInTheStage() throws {
        let skewed = try SkewTool.rotate(Self.page, degrees: 4)
        let result = try normaliser.normalise(skewed, dpi: 300, parameters: PipelineDefinition.nightly.normalise, orientation: nil)
        #expect(abs(result.report.skewDegrees + 4) < 0.2)
        let residual = try SkewTool.measure(result.image)
        #expect(abs(residual.degrees) < 0.2)
    }

    /// Pages turned by a quarter, a half and three quarters come back upright, through Tesseract's OSD.
    @Test(arguments: [90, 180, 270])
    func turnsARotatedPageUpright(_ clockwise: Int) throws {
        let turned = Self.rotateClockwise(Self.page, by: clockwise)
        let detector = try #require(
            try TesseractEngineFactory(languages: "lav", pageSegmentationMode: 3).makeOrientationDetector())
        let result = try normaliser.normalise(turned, dpi: 300, parameters: PipelineDefinition.nightly.normalise, orientation: detector)
        #expect(result.report.rotation == (360 - clockwise) % 360)
        #expect(result.image.width == Self.page.width && result.image.height == Self.page.height)
        // Upright: the same ink as the original in the same place (binarisation aside).
        #expect(Self.agreement(result.image, Self.page) > 0.97)
    }

    /// A brochure page (real scan, mixed type sizes, English: Latin letters, which Leptonica's test knows) that
    /// Leptonica cannot call at 150 dpi, upright or turned a quarter, is settled by Leptonica's second reading at full resolution: Tesseract's OSD, about five times the
    /// cost, is not asked.
    /// A page that may be Cyrillic is never turned by Leptonica's test (it takes upright Cyrillic for upside down):
    /// only its "upright" is taken there (an upside-down Cyrillic page it takes for upright is turned by the retry
    /// ladder), and a page it would turn is judged by OSD.
    @Test(arguments: [0, 270])
    func onAPageThatMayBeCyrillicLeptonicaMayOnlySayUpright(_ clockwise: Int) throws {
        let brochure = try ImageDecoder().decode(
            fileAt: Repository.sharedCorpus + "/real/omp_linn.png", page: 0, limits: DecodeLimits())
        let osd = OrientationDetectorSpy()
        let result = try normaliser.normalise(
            Self.rotateClockwise(brochure, by: clockwise), dpi: 300, parameters: PipelineDefinition.nightly.normalise,
            orientation: osd, script: .mixed)
        if clockwise == 0 {
            #expect(osd.calls == 0 && result.report.orientationMethod == "leptonica" && result.report.rotation == 0)
        } else {
            #expect(osd.calls == 1 && result.report.orientationMethod != "leptonica")
        }
    }

    @Test(arguments: [0, 270])
    func leptonicaAtFullResolutionSettlesWhatItCouldNotAt150DPI(_ clockwise: Int) throws {
        let brochure = try ImageDecoder().decode(
            fileAt: Repository.sharedCorpus + "/real/omp_linn.png", page: 0, limits: DecodeLimits())
        let osd = OrientationDetectorSpy()
        let result = try normaliser.normalise(
            Self.rotateClockwise(brochure, by: clockwise), dpi: 300, parameters: PipelineDefinition.nightly.normalise,
            orientation: osd, script: .latin)
        #expect(result.report.orientationMethod == "leptonica")
        #expect(result.report.rotation == (360 - clockwise) % 360)
        #expect(osd.calls == 0)
    }

    @Test func aBlankScanIsBlankAndAPageOfTextIsNot() throws {
        var pixels = [UInt8](repeating: 235, count: 2480 * 3508)
        // Scanner noise: a few dark specks and a faint smudge.
        for i in stride(from: 10_000, to: pixels.count, by: 997_331) { pixels[i] = 20 }
        for y in 1000..<1040 { for x in 900..<960 { pixels[y * 2480 + x] = 200 } }
        let blank = GreyImage(width: 2480, height: 3508, pixels: pixels, dpi: 300)
        let parameters = PipelineDefinition.nightly.normalise
        #expect(try normaliser.normalise(blank, dpi: 300, parameters: parameters, orientation: nil).report.isBlank)
        #expect(try !normaliser.normalise(Self.page, dpi: 300, parameters: parameters, orientation: nil).report.isBlank)
    }

    @Test func theStoredImageIsBilevelWhenBinarisingAndGreyOtherwise() throws {
        let folder = try TemporaryFolder("normalised")
        var parameters = PipelineDefinition.nightly.normalise
        parameters.binarise = "sauvola"
        let bilevel = try normaliser.normalise(Self.page, dpi: 300, parameters: parameters, orientation: nil)
        #expect(bilevel.report.isBilevel)
        #expect(Set(bilevel.image.pixels) == [0, 255])
        let path = try folder.file("bilevel.png", try normaliser.encode(bilevel))
        let header = try ImageDecoder().inspect(fileAt: path, limits: DecodeLimits()).pages[0].get()
        #expect(header.bitsPerSample == 1)
        #expect(abs((header.dpi ?? 0) - 300) < 1)

        parameters.binarise = "none"
        let grey = try normaliser.normalise(Self.page, dpi: 300, parameters: parameters, orientation: nil)
        #expect(!grey.report.isBilevel)
        let greyPath = try folder.file("grey.png", try normaliser.encode(grey))
        #expect(try ImageDecoder().inspect(fileAt: greyPath, limits: DecodeLimits()).pages[0].get().bitsPerSample == 8)
    }

    @Test func cutsDarkScannerMarginsButNotTheText() throws {
        // A page with a black band across the top and a dark strip down the right, as a scanner lid leaves them.
        var pixels = Self.page.pixels
        let w = Self.page.width
        for y in 0..<120 { for x in 0..<w { pixels[y * w + x] = 15 } }
        for y in 0..<Self.page.height { for x in (w - 90)..<w { pixels[y * w + x] = 30 } }
        let scanned = GreyImage(width: w, height: Self.page.height, pixels: pixels, dpi: 300)
        let result = try normaliser.normalise(scanned, dpi: 300, parameters: PipelineDefinition.nightly.normalise, orientation: nil)
        let box = try #require(result.report.contentBox)
        #expect(box[0] == 0 && box[1] >= 120 && box[1] < 150)
        #expect(box[0] + box[2] <= w - 90 && box[0] + box[2] > w - 120)
        // The text block (which starts well inside the margins) is whole: the same ink as the clean page's.
        let clean = try normaliser.normalise(Self.page, dpi: 300, parameters: PipelineDefinition.nightly.normalise, orientation: nil)
        #expect(abs(result.report.inkCoverage * Double(box[2] * box[3]) - clean.report.inkCoverage * Double(w * Self.page.height)) < 2_000)
    }

    @Test func resamplesA200DPIScanTo300() throws {
        let small = try SkewTool.rotate(Self.page, degrees: 0)
        let result = try normaliser.normalise(small, dpi: 200, parameters: PipelineDefinition.nightly.normalise, orientation: nil)
        #expect(result.report.dpi == 300 && result.report.sourceDPI == 200)
        #expect(abs(result.image.width - Self.page.width * 3 / 2) <= 1)
    }

    /// The share of pixels on which two images agree about ink (< 128) and paper.
    static func agreement(_ a: GreyImage, _ b: GreyImage) -> Double {
        guard a.width == b.width, a.height == b.height else { return 0 }
        var same = 0
        for i in 0..<a.pixels.count where (a.pixels[i] < 128) == (b.pixels[i] < 128) { same += 1 }
        return Double(same) / Double(a.pixels.count)
    }

    static func rotateClockwise(_ image: GreyImage, by degrees: Int) -> GreyImage {
        var result = image
        for _ in 0..<(degrees / 90) {
            let w = result.width, h = result.height
            var out = [UInt8](repeating: 255, count: w * h)
            for y in 0..<h { for x in 0..<w { out[x * h + (h - 1 - y)] = result.pixels[y * w + x] } }
            result = GreyImage(width: h, height: w, pixels: out, dpi: image.dpi)
        }
        return result
    }
}
