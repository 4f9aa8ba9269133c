import DigitiseCore
import ImageCodecs

/// A normaliser double for the run engine's tests: no resampling, turning or cleaning; trims a two-pixel frame when
/// the pipeline crops borders, binarises at mid-grey when it binarises, measures ink, and judges blank pages as the
/// pipeline says. Deterministic, so equal pages give equal images (what the memo relies on), and fast.
public struct PlainNormaliser: PageNormaliser {
    public init() {}

    public var identity: String { "plain test normaliser/v1" }

    public func normalise(
        _ image: GreyImage, dpi: Int, parameters: PipelineDefinition.Normalise, orientation: (any OrientationDetector)?,
        script: ExpectedScript
    ) throws(NormaliseError) -> NormalisedPage {
        var report = NormalisationReport(sourceDPI: dpi, dpi: dpi)
        var image = image
        if parameters.cropBorders && image.width > 4 && image.height > 4 {
            let width = image.width - 4
            let rows = (2..<(image.height - 2)).flatMap { y in image.pixels[(y * image.width + 2)..<(y * image.width + 2 + width)] }
            image = GreyImage(width: width, height: image.height - 4, pixels: Array(rows), dpi: image.dpi)
            report.contentBox = [2, 2, image.width, image.height]
        }
        report.isBilevel = parameters.binarise != "none"
        let pixels = report.isBilevel ? image.pixels.map { $0 < 128 ? UInt8(0) : 255 } : image.pixels
        let ink = pixels.filter { $0 < 128 }.count
        report.inkCoverage = pixels.isEmpty ? 0 : Double(ink) / Double(pixels.count)
        report.isBlank = report.inkCoverage < parameters.blankInkCoverage
        return NormalisedPage(image: GreyImage(width: image.width, height: image.height, pixels: pixels, dpi: Double(dpi)), report: report)
    }

    public func enhanced(_ image: GreyImage, dpi: Int) throws(NormaliseError) -> GreyImage { image }

    public func encode(_ page: NormalisedPage) throws(NormaliseError) -> [UInt8] {
        do { return try PNGEncoder.grey(page.image, dpi: page.report.dpi) } catch {
            throw NormaliseError(step: "encode", "PNG encoding failed")
        }
    }
}
