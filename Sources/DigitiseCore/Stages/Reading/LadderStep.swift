/// One rung of the retry ladder: another way to read a page whose first reading was poor.
///
/// Every rung costs about one recognition of the page; the pipeline lists them in the order they are tried
/// (`ocr.ladder.steps`), and the climb stops at the first reading that is good enough (`ReadingJudgement`).
public enum LadderStep: String, Sendable, Codable, CaseIterable {
    /// Tesseract's own Sauvola thresholding (`thresholding_method=2`): adaptive, for grey or uneven backgrounds.
    case sauvola
    /// Tesseract's tiled Otsu (`thresholding_method=1`): a threshold per region of the page.
    case localOtsu = "local-otsu"
    /// Leptonica's background normalisation and a contrast stretch, then the default thresholding.
    case background
    /// The page turned a half, a quarter or three quarters: the orientation detector may have been wrong.
    case turned180 = "turned-180"
    case turned90 = "turned-90"
    case turned270 = "turned-270"
    /// Sparse text (`--psm 11`): no layout analysis, every word where it stands (forms, stamps, scattered text).
    case sparseText = "sparse-text"

    /// The settings Tesseract reads this rung's image with.
    public var settings: RecognitionSettings {
        switch self {
        case .sauvola: RecognitionSettings(thresholding: .sauvola)
        case .localOtsu: RecognitionSettings(thresholding: .localOtsu)
        case .sparseText: RecognitionSettings(pageSegmentationMode: 11)
        case .background, .turned90, .turned180, .turned270: RecognitionSettings()
        }
    }

    /// Whether this rung reads another image than the page itself (turned or enhanced).
    public var changesImage: Bool { self == .background || quarterTurns != 0 }

    /// The clockwise quarter turns this rung gives the page before reading it.
    public var quarterTurns: Int {
        switch self {
        case .turned90: 1
        case .turned180: 2
        case .turned270: 3
        default: 0
        }
    }
}
