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

extension GreyImage {
    /// A band of rows: `height` rows from `top` (to the bottom when nil). Synthetic inboxes use it to make many
    /// distinct pages (distinct bytes, the same text) from a few rendered ones.
    public func rows(from top: Int, count height: Int? = nil) -> GreyImage {
        let start = min(max(0, top), self.height - 1)
        let end = min(self.height, start + (height ?? self.height))
        return GreyImage(width: width, height: end - start, pixels: Array(pixels[(start * width)..<(end * width)]), dpi: dpi)
    }
}
