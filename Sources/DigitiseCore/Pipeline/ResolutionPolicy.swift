/// Decides the resolution a page is read at: the file's own, unless it is missing or cannot be true.
public struct ResolutionPolicy: Sendable, Equatable {
    public enum Source: String, Sendable { case file, pipelineDefault = "default" }

    public let defaultDPI: Int

    public init(defaultDPI: Int) { self.defaultDPI = defaultDPI }

    /// A stated resolution is believed only when it is one a document is scanned at (100 dpi or more: 72 and 96
    /// are the screen defaults software writes when it knows none) and the page it implies is a plausible paper
    /// size: between 2 and 25 inches on each side (business card to A2). 72 dpi on a 2480-pixel-wide scan would be
    /// a 34-inch page; on a 1240-pixel one (a half page at 200 dpi) it would be believed, and the page blown up
    /// four times over before OCR.
    public static let minimumCredibleDPI = 100.0

    public func resolve(stated: Double?, width: Int, height: Int) -> (dpi: Int, source: Source) {
        if let dpi = stated, dpi.isFinite, dpi >= Self.minimumCredibleDPI, dpi <= 2400 {
            let inches = (Double(width) / dpi, Double(height) / dpi)
            if (2...25).contains(inches.0) && (2...25).contains(inches.1) {
                return (Int(dpi.rounded()), .file)
            }
        }
        return (defaultDPI, .pipelineDefault)
    }
}
