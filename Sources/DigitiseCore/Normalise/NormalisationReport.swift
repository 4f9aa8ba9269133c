/// What the normalise stage found and did on a page: recorded in the catalog and part of the memoised derivation.
public struct NormalisationReport: Sendable, Equatable, Codable {
    /// The resolution the page had (stated or assumed) and the one it was read at after resampling.
    public var sourceDPI: Int
    public var dpi: Int
    /// Clockwise rotation applied to make the page upright (0, 90, 180, 270), and the detector's confidence;
    /// nil when orientation detection was off or found too little text to judge.
    public var rotation: Int = 0
    public var orientationConfidence: Double?
    /// Which detector judged the orientation: `leptonica` (fast, sure of upright pages) or `tesseract-osd`.
    public var orientationMethod: String?
    /// The skew found and corrected, in degrees (positive: the page was turned clockwise), and its confidence.
    public var skewDegrees: Double = 0
    public var skewConfidence: Double?
    /// The page inside the dark margins the scan had, in the decoded image: x, y, width, height (nil: not looked for).
    public var contentBox: [Int]?
    /// The share of the page covered by ink after clean-up, 0-1.
    public var inkCoverage: Double = 0
    public var isBlank = false
    /// Whether the normalised image is bilevel (binarised).
    public var isBilevel = false
    /// Whether the paper was unevenly lit and was evened out (even when `background_normalise` is off).
    public var evenedBackground: Bool?
    /// The script OSD saw on the page and its confidence (nil when OSD did not judge the page).
    public var script: String?
    public var scriptConfidence: Double?

    public init(sourceDPI: Int, dpi: Int) {
        self.sourceDPI = sourceDPI
        self.dpi = dpi
    }

    enum CodingKeys: String, CodingKey {
        case sourceDPI = "source_dpi", dpi, rotation, orientationConfidence = "orientation_confidence", skewDegrees = "skew_degrees"
        case orientationMethod = "orientation_method"
        case skewConfidence = "skew_confidence", contentBox = "content_box", inkCoverage = "ink_coverage", isBlank = "blank"
        case isBilevel = "bilevel", evenedBackground = "evened_background", script, scriptConfidence = "script_confidence"
    }
}
