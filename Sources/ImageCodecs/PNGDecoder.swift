internal import CPNG
import DigitiseCore
import Foundation

/// PNG through libpng's simplified API: every colour type and bit depth, interlaced or not, alpha composited on
/// white paper. The resolution comes from the pHYs chunk, read directly (the simplified API does not expose it).
struct PNGDecoder {
    func inspect(_ file: SourceFile, limits: DecodeLimits) throws(DecodeError) -> [Result<PageHeader, DecodeError>] {
        let bytes = try FileBytes.read(file, format: "PNG")
        let image = try PNGImage(bytes)
        let header = image.header
        do throws(DecodeError) {
            try limits.check(header, page: 0)
            return [.success(header)]
        } catch {
            return [.failure(error)]
        }
    }

    func decode(_ file: SourceFile, page: Int, limits: DecodeLimits) throws(DecodeError) -> GreyImage {
        guard page == 0 else { throw DecodeError(.corrupt, page: page, "PNG: a PNG has one page only") }
        let bytes = try FileBytes.read(file, format: "PNG")
        let image = try PNGImage(bytes)
        let header = image.header
        try limits.check(header, page: 0)
        return GreyImage(width: header.width, height: header.height, pixels: try image.finishGrey(), dpi: header.dpi)
    }
}

/// One `png_image` being read. libpng keeps pointers back to the struct (its error handling jumps through it),
/// so the struct lives at one heap address for its whole life, owned here and freed in `deinit`.
private final class PNGImage {
    private let image: UnsafeMutablePointer<png_image>
    private let bytes: [UInt8]
    /// The chunks libpng's simplified API keeps to itself, read once.
    private let chunks: PNGChunks

    init(_ bytes: [UInt8]) throws(DecodeError) {
        chunks = PNGChunks(bytes)
        if let why = chunks.overlong { throw DecodeError(.truncated, "PNG: \(why)") }
        self.bytes = bytes
        image = .allocate(capacity: 1)
        image.initialize(to: png_image())
        image.pointee.version = DIGITISE_PNG_IMAGE_VERSION
        // libpng reads from this buffer until finish_read: `bytes` is kept alive (and unmoved) by this object.
        let ok = self.bytes.withUnsafeBytes { png_image_begin_read_from_memory(image, $0.baseAddress, $0.count) }
        // On failure libpng has already released its side of the struct; `deinit` (which Swift runs for a class
        // whose properties are all set, even when its initialiser throws) frees the struct itself. Freeing it here
        // as well was a double free: a PNG whose header fails its CRC crashed the run.
        guard ok != 0 else { throw Self.classify(message, page: nil) }
    }

    deinit {
        png_image_free(image)  // a no-op once finish_read has released it
        image.deallocate()
    }

    var header: PageHeader {
        PageHeader(
            width: Int(image.pointee.width), height: Int(image.pointee.height), bitsPerSample: chunks.ihdr?.bitDepth ?? 8,
            samplesPerPixel: chunks.ihdr.map { PNGChunks.samples(colourType: $0.colourType) } ?? 1,
            colourModel: chunks.ihdr.map { PNGChunks.colourModel(colourType: $0.colourType) } ?? "unknown", dpi: chunks.dpi)
    }

    /// Decodes to 8-bit grey, compositing any alpha on white paper.
    func finishGrey() throws(DecodeError) -> [UInt8] {
        image.pointee.format = DIGITISE_PNG_FORMAT_GRAY
        var pixels = [UInt8](repeating: 255, count: Int(image.pointee.width) * Int(image.pointee.height))
        var paper = png_color(red: 255, green: 255, blue: 255)
        let ok = bytes.withUnsafeBytes { _ in
            pixels.withUnsafeMutableBytes { png_image_finish_read(image, &paper, $0.baseAddress, 0, nil) }
        }
        guard ok != 0 else { throw Self.classify(message, page: 0) }
        return pixels
    }

    private var message: String {
        withUnsafeBytes(of: &image.pointee.message) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
    }

    private static func classify(_ message: String, page: Int?) -> DecodeError {
        let truncated = ["Not enough image data", "unexpected end", "Read Error", "read beyond end", "end of file", "too short"]
            .contains { message.localizedCaseInsensitiveContains($0) }
        let reason =
            message.isEmpty
            ? "libpng gave no reason"
            : message.contains("read beyond end") ? "the file ends inside a chunk it declares (libpng: \(message))" : message
        return DecodeError(truncated ? .truncated : .corrupt, page: page, "PNG: \(reason)")
    }
}
