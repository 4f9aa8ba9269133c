import DigitiseCore
import ImageCodecs
import TestSupport
import Testing

/// The normalised page's PNG: lossless, with its resolution, readable by the project's own decoder.
@Suite struct PNGEncoderTests {
    @Test func aGreyPageComesBackExactlyWithItsResolution() throws {
        // A page-like image: paper, a gradient band and hard-edged "ink", so every row filter case is exercised.
        let width = 301, height = 97
        var pixels = [UInt8](repeating: 250, count: width * height)
        for y in 0..<height {
            for x in 0..<width {
                if y > 60 { pixels[y * width + x] = UInt8((x * 255) / (width - 1)) }
                if (x / 7 + y / 5) % 4 == 0 && y < 60 { pixels[y * width + x] = 12 }
            }
        }
        let image = GreyImage(width: width, height: height, pixels: pixels, dpi: nil)
        let png = try PNGEncoder.grey(image, dpi: 300)
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])

        let folder = try TemporaryFolder("png")
        let path = try folder.file("page.png", png)
        let decoded = try ImageDecoder().decode(fileAt: path, page: 0, limits: DecodeLimits())
        #expect(decoded.width == width && decoded.height == height)
        #expect(decoded.pixels == pixels)
        // pHYs holds pixels per metre: 300 dpi is 11,811 per metre, read back as 300 within rounding.
        #expect(abs((decoded.dpi ?? 0) - 300) < 0.05, "\(String(describing: decoded.dpi))")
    }
}
