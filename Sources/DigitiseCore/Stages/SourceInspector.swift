/// Reads what a source file is without decoding its pixels: its format from the bytes (never the name), and each
/// page's header (size, depth, resolution), refusing bombs, slivers and broken structure. Ingest and preflight
/// share it.
public struct SourceInspector: Sendable {
    let decoder: any PageImageDecoder
    let limits: DecodeLimits

    public init(decoder: any PageImageDecoder, limits: DecodeLimits) {
        self.decoder = decoder
        self.limits = limits
    }

    /// - Parameter relative: how messages name the file (its path within the personal file's folder).
    public func inspect(fileAt path: String, relative: String) -> (format: ImageFormat?, pages: SourcePages) {
        do {
            let found = try decoder.inspect(fileAt: path, limits: limits)
            return (found.format, .success(found.pages))
        } catch {
            switch error.kind {
            case .empty, .notAnImage, .notAFile, .unreadable:
                return (nil, .failure(DecodeError(error.kind, page: error.page, "\(relative): \(error.message)")))
            default:
                // The file is a TIFF, PNG or JPEG that fails further in: its format (recognised once, by the
                // decoder) is still worth recording.
                return (error.format, .failure(error))
            }
        }
    }
}

/// A source file's pages (each header read or failed), or why the file as a whole cannot be read.
public typealias SourcePages = Result<[Result<PageHeader, DecodeError>], DecodeError>

extension SourcePages {
    /// How many pages the source counts as: its headers, or one failed page for an unreadable file (as the
    /// catalog records it).
    public var pageCount: Int { (try? get().count) ?? 1 }
}
