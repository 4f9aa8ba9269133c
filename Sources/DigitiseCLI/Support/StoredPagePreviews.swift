import DigitiseCore
import ImageCodecs
import PageImaging

/// Page previews for the review desk, made from the normalised page images in the object store: decoded with the
/// pipeline's own decoder (libpng), scaled down with Leptonica, encoded as PNG again.
struct StoredPagePreviews: PagePreviewing {
    let store: any ObjectStoring
    let decoder: any PageImageDecoder
    /// The store holds pages the pipeline wrote itself, yet a damaged object must not cost the server its memory.
    static let limits = DecodeLimits(maxMegapixels: 60, maxPagesPerFile: 1, maxFileBytes: 64 << 20)

    func preview(of object: ObjectHash, width: Int) throws -> [UInt8] {
        let page = try decoder.decode(fileAt: store.path(of: object), page: 0, limits: Self.limits)
        let small = try PageDownscaler().downscaled(page, toWidth: width)
        return try PNGEncoder.grey(small, dpi: Int(small.dpi ?? 0))
    }
}
