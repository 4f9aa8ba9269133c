import DigitiseCore

/// The `PageImageDecoder` of the pipeline: opens the file once (`SourceFile`), sniffs its bytes and hands it to
/// libtiff, libpng or libjpeg-turbo.
public struct ImageDecoder: PageImageDecoder {
    public init() {}

    public func inspect(fileAt path: String, limits: DecodeLimits) throws(DecodeError) -> InspectedSource {
        let file = try SourceFile(path: path, limits: limits)
        CrashTrigger.fire(at: path, .inspect)
        let format = try sniff(file)
        do {
            let pages: [Result<PageHeader, DecodeError>] =
                switch format {
                case .tiff: try TIFFDecoder().inspect(file, limits: limits)
                case .png: try PNGDecoder().inspect(file, limits: limits)
                case .jpeg: try JPEGDecoder().inspect(file, limits: limits)
                }
            return InspectedSource(format: format, pages: pages)
        } catch {
            var failure = error
            failure.format = format
            throw failure
        }
    }

    public func decode(fileAt path: String, page: Int, limits: DecodeLimits) throws(DecodeError) -> GreyImage {
        let file = try SourceFile(path: path, limits: limits)
        CrashTrigger.fire(at: path, .decode)
        switch try sniff(file) {
        case .tiff: return try TIFFDecoder().decode(file, page: page, limits: limits)
        case .png: return try PNGDecoder().decode(file, page: page, limits: limits)
        case .jpeg: return try JPEGDecoder().decode(file, page: page, limits: limits)
        }
    }

    private func sniff(_ file: SourceFile) throws(DecodeError) -> ImageFormat {
        switch FormatSniffer.sniff(try file.read(count: 16)) {
        case .image(let format): return format
        case .empty: throw DecodeError(.empty, "the file is empty (0 bytes); rescan it")
        case .notAnImage(let what):
            throw DecodeError(.notAnImage, "the bytes are \(what), not a TIFF, PNG or JPEG page image (the name is not trusted)")
        }
    }
}
