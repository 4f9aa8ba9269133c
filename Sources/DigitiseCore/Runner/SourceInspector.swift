import Foundation

/// Reads what a source file is without decoding its pixels: its format from the bytes (never the name), and each
/// page's header (size, depth, resolution), refusing bombs and broken structure. Ingest and preflight share it.
public struct SourceInspector: Sendable {
    let decoder: any PageImageDecoder
    let limits: DecodeLimits

    public init(decoder: any PageImageDecoder, limits: DecodeLimits) {
        self.decoder = decoder
        self.limits = limits
    }

    /// - Parameter relative: how messages name the file (its path within the personal file's folder).
    public func inspect(fileAt path: String, relative: String) -> (format: ImageFormat?, pages: SourcePages) {
        switch FormatSniffer.sniff(Self.prefix(of: path)) {
        case .image(let format):
            do {
                return (format, .success(try decoder.inspect(fileAt: path, limits: limits)))
            } catch {
                return (format, .failure(error))
            }
        case .empty:
            return (nil, .failure(DecodeError(.empty, "\(relative): the file is empty (0 bytes); rescan it")))
        case .notAnImage(let what):
            return (
                nil,
                .failure(
                    DecodeError(
                        .notAnImage, "\(relative): the bytes are \(what), not a TIFF, PNG or JPEG page image (the name is not trusted)"))
            )
        }
    }

    static func prefix(of path: String) -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: path) else { return [] }
        defer { try? handle.close() }
        return Array((try? handle.read(upToCount: 16)) ?? Data())
    }
}

/// A source file's pages (each header read or failed), or why the file as a whole cannot be read.
public typealias SourcePages = Result<[Result<PageHeader, DecodeError>], DecodeError>

extension SourcePages {
    /// How many pages the source counts as: its headers, or one failed page for an unreadable file (as the
    /// catalog records it).
    public var pageCount: Int { (try? get().count) ?? 1 }
}
