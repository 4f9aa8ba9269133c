/// Limits a source file and its pages must respect before any pixel memory is allocated for them.
///
/// The initialiser's defaults accept anything a decoder can read (decoder tests use them); a pipeline gives its own
/// (`PipelineDefinition.decodeLimits`).
public struct DecodeLimits: Sendable, Equatable {
    /// The largest page accepted, in megapixels (a decompression bomb claims far more).
    public var maxMegapixels: Double
    /// The shortest side a page may have, in pixels: below it there is no document to read, and the normalise
    /// stage's steps (orientation, deskew) have nothing to measure.
    public var minPagePixels: Int
    /// The most pages one source file (a multi-page TIFF) may hold.
    public var maxPagesPerFile: Int
    /// The largest source file accepted, in bytes.
    public var maxFileBytes: Int

    public init(maxMegapixels: Double = 150, minPagePixels: Int = 1, maxPagesPerFile: Int = .max, maxFileBytes: Int = .max) {
        self.maxMegapixels = maxMegapixels
        self.minPagePixels = minPagePixels
        self.maxPagesPerFile = maxPagesPerFile
        self.maxFileBytes = maxFileBytes
    }

    /// Throws `.tooLarge` or `.tooSmall` when the header's size breaks a limit, `.corrupt` for a size of nothing.
    public func check(_ header: PageHeader, page: Int) throws(DecodeError) {
        guard header.width > 0, header.height > 0 else {
            throw DecodeError(.corrupt, page: page, "the header gives a size of \(header.width) x \(header.height) pixels")
        }
        guard header.megapixels <= maxMegapixels else {
            throw DecodeError(
                .tooLarge, page: page,
                "the header claims \(header.width) x \(header.height) pixels (\(Int(header.megapixels.rounded())) MP), over the limit of \(Int(maxMegapixels)) MP; refused before decoding"
            )
        }
        guard min(header.width, header.height) >= minPagePixels else {
            throw DecodeError(
                .tooSmall, page: page,
                "the page is \(header.width) x \(header.height) pixels, smaller than the \(minPagePixels) pixels a side a page needs (ingest.min_page_pixels); a thumbnail or a cut-off scan: rescan the page"
            )
        }
    }

    /// Throws `.tooLarge` when a file holds more pages than a source may.
    public func check(pageCount: Int) throws(DecodeError) {
        guard pageCount <= maxPagesPerFile else {
            throw DecodeError(
                .tooLarge,
                "the file holds \(pageCount) pages, more than the \(maxPagesPerFile) one file may hold (ingest.max_pages_per_file); split it into documents"
            )
        }
    }

    /// Throws `.tooLarge` when a file is larger than a source may be.
    public func check(fileBytes: Int) throws(DecodeError) {
        guard fileBytes <= maxFileBytes else {
            throw DecodeError(
                .tooLarge,
                "the file is \(fileBytes) bytes, more than the \(maxFileBytes) a source file may have (ingest.max_file_bytes); refused unread"
            )
        }
    }
}
