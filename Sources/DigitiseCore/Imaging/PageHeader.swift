/// What a page's header says, read without decoding its pixels.
public struct PageHeader: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public let bitsPerSample: Int
    public let samplesPerPixel: Int
    /// The colour model as the format names it ("grey", "rgb", "palette", "cmyk", ...).
    public let colourModel: String
    /// Dots per inch as stated in the file, or nil.
    public let dpi: Double?

    public init(width: Int, height: Int, bitsPerSample: Int, samplesPerPixel: Int, colourModel: String, dpi: Double?) {
        self.width = width
        self.height = height
        self.bitsPerSample = bitsPerSample
        self.samplesPerPixel = samplesPerPixel
        self.colourModel = colourModel
        self.dpi = dpi
    }

    public var megapixels: Double { Double(width) * Double(height) / 1_000_000 }
}
