/// An 8-bit grey page image, row-major, one byte per pixel, 0 = black ink, 255 = white paper.
public struct GreyImage: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public var pixels: [UInt8]
    /// Dots per inch as the file states it, or nil when the file states none.
    public var dpi: Double?

    public init(width: Int, height: Int, pixels: [UInt8], dpi: Double?) {
        precondition(width > 0 && height > 0 && pixels.count == width * height, "pixel buffer does not match size")
        self.width = width
        self.height = height
        self.pixels = pixels
        self.dpi = dpi
    }

    public subscript(x: Int, y: Int) -> UInt8 { pixels[y * width + x] }
}
