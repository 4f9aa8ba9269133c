import DigitiseCore

/// The `GreyImageEncoder` of the pipeline: libpng (`PNGEncoder.grey`).
public struct PNGGreyEncoder: GreyImageEncoder {
    public init() {}

    public func png(_ image: GreyImage, dpi: Int) throws -> [UInt8] {
        try PNGEncoder.grey(image, dpi: dpi)
    }
}
