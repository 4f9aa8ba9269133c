/// Limits a page must respect before any pixel memory is allocated for it.
public struct DecodeLimits: Sendable, Equatable {
    /// The largest page accepted, in megapixels (a decompression bomb claims far more).
    public var maxMegapixels: Double

    public init(maxMegapixels: Double = 150) { self.maxMegapixels = maxMegapixels }

    /// Throws `.tooLarge` when the header's size breaks the limit.
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
    }
}
