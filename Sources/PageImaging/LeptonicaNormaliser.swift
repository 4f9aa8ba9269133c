internal import CLeptonica
import DigitiseCore
import Foundation

/// The normalise stage on Leptonica: resample, orient (through the worker's detector), even out the background,
/// deskew, binarise (Sauvola, Otsu as the fallback), remove border blobs and specks, measure ink.
public struct LeptonicaNormaliser: PageNormaliser {
    /// Bump when a change here changes the normalised image for the same inputs.
    public static let version = 7  // 7: Leptonica's upright taken on pages of any script;
    // 2: Leptonica settles turned pages too; 3: PNG at zlib level 1; 4: "up" filter;
    // 5: Leptonica reads an unsure page again at full resolution before OSD; 6: unevenly lit paper evened out,
    // flat borders only

    /// Writes the grey (not bilevel) pages: libpng with one row filter, faster than Leptonica's writer (`encode`).
    let greyEncoder: any GreyImageEncoder

    public init(greyEncoder: any GreyImageEncoder) {
        self.greyEncoder = greyEncoder
        _ = Self.quiet
    }

    /// Leptonica reports failures by return value; its own stderr lines would only repeat them, once per page.
    /// The severity is process-wide: set once.
    private static let quiet: Void = { _ = setMsgSeverity(Int32(L_SEVERITY_NONE)) }()

    public var identity: String { "leptonica \(Self.leptonicaVersion) normalise/v\(Self.version)" }

    static var leptonicaVersion: String {
        guard let raw = getLeptonicaVersion() else { return "unknown" }
        defer { lept_free(raw) }
        return String(cString: raw).replacingOccurrences(of: "leptonica-", with: "")
    }

    public func normalise(
        _ image: GreyImage, dpi: Int, parameters p: PipelineDefinition.Normalise, orientation: (any OrientationDetector)?,
        script: ExpectedScript
    ) throws(NormaliseError) -> NormalisedPage {
        var report = NormalisationReport(sourceDPI: dpi, dpi: dpi)
        var page = image
        if p.cropBorders {
            let box = BorderFinder.contentBox(image)
            page = BorderFinder.crop(image, to: box)
            report.contentBox = [box.x, box.y, box.width, box.height]
        }
        var grey = try Pix(page, dpi: dpi)
        // Whether `grey` still holds `page`'s pixels (not resampled, not turned): then `page` is read as it is,
        // rather than copied back out of Leptonica.
        var greyIsPage = true

        if p.resample, abs(dpi - p.targetDPI) * 5 > p.targetDPI {
            let scale = Float(p.targetDPI) / Float(dpi)
            grey = try step("resample", pixScale(grey.pointer, scale, scale))
            pixSetResolution(grey.pointer, Int32(p.targetDPI), Int32(p.targetDPI))
            report.dpi = p.targetDPI
            greyIsPage = false
        }

        if p.orientation, let detector = orientation {
            // A rotation is the same at any resolution: both detectors read a copy at about 150 dpi first.
            // Leptonica's text-shape test is fast and settles most pages, upright or turned. A page it is unsure of
            // at 150 dpi it reads again at full resolution, where it counts about four times the evidence, for about
            // a fifth of what Tesseract's OSD costs (bench/results/orientation-2026-11-29.txt); OSD judges only the
            // pages it is still unsure of (Fraktur, noisy crops). Leptonica knows Latin letters only: a page that may
            // be in another script would be turned upside down by it (`ExpectedScript`): there only its "upright" is
            // taken, and every other verdict goes to OSD. An upright Cyrillic page looks upside down to it (OSD then
            // judges it); an upside-down Cyrillic one looks upright and is read so, and the retry ladder turns it
            // (`turned-180`): a rare page pays a second reading so that every upright Latin page is spared OSD (half
            // the normalise time of the degradation corpus read the nightly way,
            // bench/results/script-languages-2026-12-04.txt).
            let (sample, sampleDPI) = try Self.reduced(grey, dpi: report.dpi, to: 150)
            func leptonica(_ image: Pix) throws(NormaliseError) -> (rotation: Int, confidence: Double)? {
                let found = try Self.leptonicaOrientation(image)
                return script == .latin || found?.rotation == 0 ? found : nil
            }
            var settled = try leptonica(sample)
            if settled == nil, sampleDPI < report.dpi { settled = try leptonica(grey) }
            if let found = settled {
                report.orientationConfidence = found.confidence
                report.orientationMethod = "leptonica"
                if found.rotation != 0 {
                    grey = try step("orientation", pixRotateOrth(grey.pointer, Int32(found.rotation / 90)))
                    report.rotation = found.rotation
                    greyIsPage = false
                }
            } else if let estimate = detector.detect(try sample.grey(dpi: sampleDPI), dpi: sampleDPI) {
                report.orientationMethod = "tesseract-osd"
                report.orientationConfidence = estimate.confidence
                report.script = estimate.script
                report.scriptConfidence = estimate.scriptConfidence.map { ($0 * 100).rounded() / 100 }
                if estimate.rotation != 0, estimate.confidence >= p.orientationMinConfidence {
                    grey = try step("orientation", pixRotateOrth(grey.pointer, Int32(estimate.rotation / 90)))
                    report.rotation = estimate.rotation
                    greyIsPage = false
                }
            }
        }

        if p.backgroundNormalise {
            grey = try step("background", pixBackgroundNormSimple(grey.pointer, nil, nil))
        } else if PaperEvenness.isUneven(greyIsPage ? page : try grey.grey(dpi: report.dpi)) {
            grey = try step("background", pixBackgroundNormSimple(grey.pointer, nil, nil))
            report.evenedBackground = true
        }

        if p.deskew {
            let skew = try Self.measureSkew(grey, maxDegrees: p.maxSkewDegrees)
            report.skewConfidence = skew.confidence.map(Double.init)
            if let confidence = skew.confidence, confidence >= Self.minimumSkewConfidence, abs(skew.degrees) >= 0.05 {
                grey = try Self.rotate(grey, degrees: skew.degrees)
                report.skewDegrees = Double(skew.degrees)
            }
        }

        var ink = try binarise(grey, parameters: p, dpi: report.dpi)
        if p.despeckleSize > 0 {
            let size = Int32(max(1, p.despeckleSize * report.dpi / 300) + 1)
            ink = try step("despeckle", pixSelectBySize(ink.pointer, size, size, 8, Int32(L_SELECT_IF_EITHER), Int32(L_SELECT_IF_GTE), nil))
        }
        var fraction: Float = 0
        pixForegroundFraction(ink.pointer, &fraction)
        report.inkCoverage = Double(fraction)
        report.isBlank = Double(fraction) < p.blankInkCoverage

        report.isBilevel = p.binarise != "none"
        let output = report.isBilevel ? try ink.grey(dpi: report.dpi) : try grey.grey(dpi: report.dpi)
        return NormalisedPage(image: output, report: report)
    }

    public func enhanced(_ image: GreyImage, dpi: Int) throws(NormaliseError) -> GreyImage {
        // Leptonica's background normalisation lifts the paper to white region by region (grey, coloured or unevenly
        // lit paper); the stretch then maps the darkest 1% of the page to black, so pale ink becomes dark.
        let pix = try Pix(image, dpi: dpi)
        let even = try step("background", pixBackgroundNormSimple(pix.pointer, nil, nil)).grey(dpi: dpi)
        var histogram = GreyHistogram()
        for v in even.pixels { histogram.add(v) }
        let dark = histogram.level(reaching: histogram.total / 100, fromDark: true)
        let span = Double(max(1, 250 - dark))
        let table = (0..<256).map { v in UInt8(clamping: Int((Double(v - dark) / span * 255).rounded())) }
        return GreyImage(width: even.width, height: even.height, pixels: even.pixels.map { table[Int($0)] }, dpi: even.dpi)
    }

    public func encode(_ page: NormalisedPage) throws(NormaliseError) -> [UInt8] {
        if !page.report.isBilevel {
            // libpng directly, with one row filter ("up") at zlib level 1: Leptonica's writer tries all five filters
            // on every row, which costs about as much time as the compression itself for a file of much the same size
            // (bench/results/profile-2026-11-29.txt).
            do { return try greyEncoder.png(page.image, dpi: page.report.dpi) } catch {
                throw NormaliseError(step: "encode", "PNG encoding failed")
            }
        }
        // A bilevel page: Leptonica writes it as a 1-bit PNG, at zlib's fastest level (PNG stays lossless).
        let grey = try Pix(page.image, dpi: page.report.dpi)
        let pix = try step("encode", pixConvertTo1(grey.pointer, 128))
        pixSetResolution(pix.pointer, Int32(page.report.dpi), Int32(page.report.dpi))
        pixSetZlibCompression(pix.pointer, 1)
        var data: UnsafeMutablePointer<UInt8>?
        var size = 0
        guard pixWriteMemPng(&data, &size, pix.pointer, 0) == 0, let data else {
            throw NormaliseError(step: "encode", "PNG encoding failed")
        }
        defer { lept_free(data) }
        return Array(UnsafeBufferPointer(start: data, count: size))
    }

    // MARK: - Steps

    /// Leptonica's reading of a page's orientation, when it is sure (its own thresholds, as `pixOrientCorrect`
    /// uses them: the up/down confidence at least 8 and 2.5 times the sideways one, or the other way round): the
    /// clockwise turn that makes the page upright and the confidence; nil when it is not sure.
    static func leptonicaOrientation(_ grey: Pix) throws(NormaliseError) -> (rotation: Int, confidence: Double)? {
        let binary = try step("orientation", pixConvertTo1(grey.pointer, 160))
        var up: Float = 0, left: Float = 0
        guard pixOrientDetect(binary.pointer, &up, &left, 0, 0) == 0 else { return nil }
        var orientation: Int32 = 0
        guard makeOrientDecision(up, left, 8, 2.5, &orientation, 0) == 0 else { return nil }
        switch orientation {
        case Int32(L_TEXT_ORIENT_UP): return (0, Double(up))
        case Int32(L_TEXT_ORIENT_LEFT): return (90, Double(left))
        case Int32(L_TEXT_ORIENT_DOWN): return (180, Double(-up))
        case Int32(L_TEXT_ORIENT_RIGHT): return (270, Double(-left))
        default: return nil
        }
    }

    /// A copy at about `target` dpi (or the page itself when it is no finer than that). It stays a Pix: Leptonica
    /// reads it as it is, and only a page left to Tesseract's OSD is copied out for it.
    static func reduced(_ grey: Pix, dpi: Int, to target: Int) throws(NormaliseError) -> (Pix, Int) {
        guard dpi > target + target / 5 else { return (grey, dpi) }
        let scale = Float(target) / Float(dpi)
        return (try step("orientation", pixScale(grey.pointer, scale, scale)), target)
    }

    /// Leptonica's own threshold for trusting a skew measurement (`pixDeskew` uses the same).
    static let minimumSkewConfidence: Float = 3.0

    /// Binarises: Sauvola with Otsu as its fallback, plain Otsu, or (for `none`) a global threshold used only to
    /// measure and clean, while the grey image goes to OCR.
    private func binarise(_ grey: Pix, parameters p: PipelineDefinition.Normalise, dpi: Int) throws(NormaliseError) -> Pix {
        var binary: UnsafeMutablePointer<PIX>?
        if p.binarise == "sauvola" {
            let window = Int32(max(2, p.sauvolaWindow * dpi / 300))
            let tiles = Int32(max(1, max(grey.width, grey.height) / 1500))
            if pixSauvolaBinarizeTiled(grey.pointer, window, Float(p.sauvolaFactor), tiles, tiles, nil, &binary) == 0, let binary {
                return Pix(taking: binary)!
            }
        }
        if p.binarise == "sauvola" || p.binarise == "otsu" {
            if pixOtsuAdaptiveThreshold(grey.pointer, 2000, 2000, 0, 0, 0.1, nil, &binary) == 0, let binary {
                return Pix(taking: binary)!
            }
        }
        return try step("binarise", pixConvertTo1(grey.pointer, 160))
    }

    /// Measures skew on a thresholded copy; positive degrees: rotate clockwise by that much... see `rotate`.
    static func measureSkew(_ grey: Pix, maxDegrees: Double) throws(NormaliseError) -> (degrees: Float, confidence: Float?) {
        guard let binary = Pix(taking: pixConvertTo1(grey.pointer, 160)) else { throw NormaliseError(step: "deskew", "cannot threshold") }
        var angle: Float = 0, confidence: Float = 0
        guard pixFindSkewSweepAndSearch(binary.pointer, &angle, &confidence, 4, 2, Float(maxDegrees), 0.5, 0.01) == 0 else {
            return (0, nil)  // too little to measure by: leave the page as it is
        }
        return (angle, confidence)
    }

    /// Rotates a grey image about its centre by `degrees` (Leptonica's sense: the measured skew corrects itself),
    /// bringing in white paper at the corners.
    static func rotate(_ grey: Pix, degrees: Float) throws(NormaliseError) -> Pix {
        try step("deskew", pixRotate(grey.pointer, degrees * .pi / 180, Int32(L_ROTATE_AREA_MAP), Int32(L_BRING_IN_WHITE), 0, 0))
    }

    private func step(_ name: String, _ result: UnsafeMutablePointer<PIX>?) throws(NormaliseError) -> Pix {
        try Self.step(name, result)
    }

    static func step(_ name: String, _ result: UnsafeMutablePointer<PIX>?) throws(NormaliseError) -> Pix {
        guard let pix = Pix(taking: result) else { throw NormaliseError(step: name, "Leptonica returned no image") }
        return pix
    }
}
