internal import CPNG
import DigitiseCore
import Foundation

/// PNG through libpng's simplified API: every colour type and bit depth, interlaced or not, alpha composited on
/// white paper. The resolution comes from the pHYs chunk, read directly (the simplified API does not expose it).
struct PNGDecoder {
    func inspect(fileAt path: String, limits: DecodeLimits) throws(DecodeError) -> [Result<PageHeader, DecodeError>] {
        let bytes = try FileBytes.read(path, format: "PNG")
        var image = try begin(bytes)
        defer { png_image_free(&image) }
        let header = header(of: image, bytes: bytes)
        do throws(DecodeError) {
            try limits.check(header, page: 0)
            return [.success(header)]
        } catch {
            return [.failure(error)]
        }
    }

    func decode(fileAt path: String, page: Int, limits: DecodeLimits) throws(DecodeError) -> GreyImage {
        guard page == 0 else { throw DecodeError(.corrupt, page: page, "PNG: a PNG has one page only") }
        let bytes = try FileBytes.read(path, format: "PNG")
        var image = try begin(bytes)
        let header = header(of: image, bytes: bytes)
        do {
            try limits.check(header, page: 0)
        } catch {
            png_image_free(&image)
            throw error
        }
        image.format = DIGITISE_PNG_FORMAT_GRAY
        let width = Int(image.width), height = Int(image.height)
        var pixels = [UInt8](repeating: 255, count: width * height)
        var paper = png_color(red: 255, green: 255, blue: 255)
        // finish_read releases the image's resources whether it succeeds or not.
        let ok = bytes.withUnsafeBytes { _ in
            pixels.withUnsafeMutableBytes { png_image_finish_read(&image, &paper, $0.baseAddress, 0, nil) }
        }
        guard ok != 0 else {
            throw classify(message(of: image), page: 0)
        }
        return GreyImage(width: width, height: height, pixels: pixels, dpi: header.dpi)
    }

    private func begin(_ bytes: [UInt8]) throws(DecodeError) -> png_image {
        var image = png_image()
        image.version = DIGITISE_PNG_IMAGE_VERSION
        let ok = bytes.withUnsafeBytes { png_image_begin_read_from_memory(&image, $0.baseAddress, $0.count) }
        guard ok != 0 else { throw classify(message(of: image), page: nil) }
        return image
    }

    private func header(of image: png_image, bytes: [UInt8]) -> PageHeader {
        let chunk = PNGChunks(bytes)
        let header = chunk.ihdr
        return PageHeader(
            width: Int(image.width), height: Int(image.height), bitsPerSample: header?.bitDepth ?? 8,
            samplesPerPixel: header.map { PNGChunks.samples(colourType: $0.colourType) } ?? 1,
            colourModel: header.map { PNGChunks.colourModel(colourType: $0.colourType) } ?? "unknown", dpi: chunk.dpi)
    }

    private func message(of image: png_image) -> String {
        var copy = image.message
        return withUnsafeBytes(of: &copy) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
    }

    private func classify(_ message: String, page: Int?) -> DecodeError {
        let truncated = ["Not enough image data", "unexpected end", "Read Error", "IDAT: incorrect", "read beyond end", "end of file"]
            .contains { message.localizedCaseInsensitiveContains($0) }
        return DecodeError(truncated ? .truncated : .corrupt, page: page, "PNG: \(message.isEmpty ? "libpng gave no reason" : message)")
    }
}
