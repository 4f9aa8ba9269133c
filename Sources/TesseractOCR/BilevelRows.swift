import DigitiseCore

/// A page whose pixels are all black (0) or white (255), packed a bit a pixel in the layout Tesseract's `SetImage`
/// takes for binary images (rows padded to whole bytes, the leftmost pixel in the high bit, 1 for white).
///
/// Tesseract reads such a page the same either way (the same text on the corpus's bilevel pages) but works less on
/// it as one bit a pixel: no thresholding of its own, and the line images it writes as PNG and reads back for every
/// line are an eighth of the size.
struct BilevelRows {
    let bytesPerRow: Int
    let bytes: [UInt8]

    /// nil when any pixel is grey: the usual case, settled at the first grey pixel, before anything is allocated.
    init?(_ image: GreyImage) {
        guard image.pixels.allSatisfy({ $0 == 0 || $0 == 255 }) else { return nil }
        let width = image.width
        let bytesPerRow = (width + 7) / 8
        var bytes = [UInt8](repeating: 0, count: bytesPerRow * image.height)
        for y in 0..<image.height {
            for x in 0..<width where image.pixels[y * width + x] == 255 {
                bytes[y * bytesPerRow + x >> 3] |= 0x80 >> UInt8(x & 7)
            }
        }
        self.bytesPerRow = bytesPerRow
        self.bytes = bytes
    }
}
