import DigitiseCore
import Foundation

/// The `PageImageDecoder` of the pipeline: sniffs the bytes and hands the file to libtiff, libpng or libjpeg-turbo.
public struct ImageDecoder: PageImageDecoder {
    public init() {}

    public func inspect(fileAt path: String, limits: DecodeLimits) throws(DecodeError) -> [Result<PageHeader, DecodeError>] {
        switch try sniff(path) {
        case .tiff: try TIFFDecoder().inspect(fileAt: path, limits: limits)
        case .png: try PNGDecoder().inspect(fileAt: path, limits: limits)
        case .jpeg: try JPEGDecoder().inspect(fileAt: path, limits: limits)
        }
    }

    public func decode(fileAt path: String, page: Int, limits: DecodeLimits) throws(DecodeError) -> GreyImage {
        switch try sniff(path) {
        case .tiff: try TIFFDecoder().decode(fileAt: path, page: page, limits: limits)
        case .png: try PNGDecoder().decode(fileAt: path, page: page, limits: limits)
        case .jpeg: try JPEGDecoder().decode(fileAt: path, page: page, limits: limits)
        }
    }

    private func sniff(_ path: String) throws(DecodeError) -> ImageFormat {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw DecodeError(.unreadable, "cannot open \(path)") }
        defer { try? handle.close() }
        let prefix = (try? handle.read(upToCount: 16)) ?? Data()
        switch FormatSniffer.sniff(prefix) {
        case .image(let format): return format
        case .empty: throw DecodeError(.empty, "the file is empty (0 bytes)")
        case .notAnImage(let what): throw DecodeError(.notAnImage, "the bytes are \(what), not a TIFF, PNG or JPEG page image")
        }
    }
}
