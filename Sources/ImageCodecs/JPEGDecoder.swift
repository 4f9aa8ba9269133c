internal import CTurboJPEG
import DigitiseCore

/// JPEG through libjpeg-turbo's TurboJPEG API, which reports errors by return code (no setjmp/longjmp).
/// A warning (a truncated or damaged stream) fails the page: an archive keeps no silently grey-filled scan.
struct JPEGDecoder {
    func inspect(_ file: SourceFile, limits: DecodeLimits) throws(DecodeError) -> [Result<PageHeader, DecodeError>] {
        let bytes = try FileBytes.read(file, format: "JPEG")
        let session = try Session()
        let header = try session.header(bytes)
        do throws(DecodeError) {
            try limits.check(header, page: 0)
            return [.success(header)]
        } catch {
            return [.failure(error)]
        }
    }

    func decode(_ file: SourceFile, page: Int, limits: DecodeLimits) throws(DecodeError) -> GreyImage {
        guard page == 0 else { throw DecodeError(.corrupt, page: page, "JPEG: a JPEG has one page only") }
        let bytes = try FileBytes.read(file, format: "JPEG")
        let session = try Session()
        let header = try session.header(bytes)
        try limits.check(header, page: 0)
        return try session.decodeGrey(bytes, header: header)
    }

    /// One TurboJPEG decompressor, destroyed with the session.
    private final class Session {
        let handle: tjhandle

        init() throws(DecodeError) {
            guard let handle = tjInitDecompress() else { throw DecodeError(.unreadable, "JPEG: cannot create a decompressor") }
            self.handle = handle
        }

        deinit { tjDestroy(handle) }

        var isCMYK = false

        func header(_ bytes: [UInt8]) throws(DecodeError) -> PageHeader {
            let segments = JPEGSegments(bytes)
            if let reason = segments.unsupportedReason { throw DecodeError(.unsupported, "JPEG: \(reason)") }
            var width: Int32 = 0, height: Int32 = 0, subsampling: Int32 = 0, colourspace: Int32 = 0
            let status = bytes.withUnsafeBufferPointer {
                tjDecompressHeader3(handle, $0.baseAddress, UInt(bytes.count), &width, &height, &subsampling, &colourspace)
            }
            guard status == 0 else { throw error("cannot read the header", page: nil) }
            isCMYK = colourspace == Int32(TJCS_CMYK.rawValue) || colourspace == Int32(TJCS_YCCK.rawValue)
            let samples = isCMYK ? 4 : colourspace == Int32(TJCS_GRAY.rawValue) ? 1 : 3
            let model = isCMYK ? "cmyk" : samples == 1 ? "grey" : "ycbcr"
            return PageHeader(
                width: Int(width), height: Int(height), bitsPerSample: 8, samplesPerPixel: samples, colourModel: model,
                dpi: segments.dpi)
        }

        func decodeGrey(_ bytes: [UInt8], header: PageHeader) throws(DecodeError) -> GreyImage {
            let width = header.width, height = header.height
            let format = isCMYK ? TJPF_CMYK : TJPF_GRAY
            let channels = isCMYK ? 4 : 1
            var out = [UInt8](repeating: 255, count: width * height * channels)
            let status = bytes.withUnsafeBufferPointer { src in
                out.withUnsafeMutableBufferPointer { dst in
                    tjDecompress2(
                        handle, src.baseAddress, UInt(bytes.count), dst.baseAddress, Int32(width), 0, Int32(height),
                        format.rawValue, TJFLAG_STOPONWARNING)
                }
            }
            guard status == 0 else { throw error("cannot decode", page: 0) }
            if isCMYK {
                // Adobe CMYK JPEGs store inverted inks (255 = no ink): the paper's brightness is C·K, M·K, Y·K.
                var grey = [UInt8](repeating: 255, count: width * height)
                for i in 0..<(width * height) {
                    let k = UInt32(out[i * 4 + 3])
                    grey[i] = Luminance.grey(
                        r: UInt32(out[i * 4]) * k / 255, g: UInt32(out[i * 4 + 1]) * k / 255, b: UInt32(out[i * 4 + 2]) * k / 255)
                }
                out = grey
            }
            return GreyImage(width: width, height: height, pixels: out, dpi: header.dpi)
        }

        private func error(_ what: String, page: Int?) -> DecodeError {
            let message = tjGetErrorStr2(handle).map { String(cString: $0) } ?? "no reason given"
            let truncated = message.contains("Premature end") || message.contains("EOI") || message.contains("too small")
            return DecodeError(truncated ? .truncated : .corrupt, page: page, "JPEG: \(what): \(message)")
        }
    }
}
