internal import CLeptonica
import DigitiseCore

/// Makes a page small enough to look at in a browser, with Leptonica's area-mapping scaler (it averages the pixels
/// it drops, so thin strokes turn grey instead of vanishing).
public struct PageDownscaler: Sendable {
    public init() {}

    /// The image at most `width` pixels wide, its proportions kept; an image already narrow enough is returned as is.
    public func downscaled(_ image: GreyImage, toWidth width: Int) throws(NormaliseError) -> GreyImage {
        guard width > 0, image.width > width else { return image }
        let source = try Pix(image, dpi: Int(image.dpi ?? 0))
        let factor = Float(width) / Float(image.width)
        guard let scaled = Pix(taking: pixScale(source.pointer, factor, factor)) else {
            throw NormaliseError(step: "preview", "cannot scale a \(image.width) x \(image.height) page to \(width) wide")
        }
        return try scaled.grey(dpi: image.dpi.map { Int($0 * Double(factor)) })
    }
}
