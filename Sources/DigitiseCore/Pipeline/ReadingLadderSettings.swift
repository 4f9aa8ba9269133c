/// The retry ladder's rules (`ocr.ladder`): when a reading is poor, and which other readings to try.
///
/// Part of the OCR derivation key (it is inside `ocr`), so a page read under other rules is read again.
public struct ReadingLadderSettings: Sendable, Equatable, Codable {
    /// Climb at all; off, a page's first reading stands whatever it is.
    public var enabled: Bool
    /// A reading has text with at least this many letters and a score (mean word confidence 0-1 times the share
    /// of word-like tokens) of at least `minTextScore`; a page none of whose readings has text is unreadable.
    public var minLetters: Int
    public var minTextScore: Double
    /// A reading with text is good enough, ending the climb, with one letter for at most this many dark pixels of
    /// the (evened-out) page, this mean word confidence (0-100) and this share of word-like tokens.
    public var maxInkPixelsPerLetter: Int
    public var minConfidence: Int
    public var minWordLikeShare: Double
    /// The rungs, in the order they are tried.
    public var steps: [LadderStep]
    /// The climb ends after this many rungs in a row that raised the best yield by less than `minGain` (a share):
    /// a page every way reads alike on (a Fraktur print, a stained manuscript) is read as well as it can be.
    public var patience: Int
    public var minGain: Double

    public init(
        enabled: Bool, minLetters: Int, maxInkPixelsPerLetter: Int, minTextScore: Double, minConfidence: Int, minWordLikeShare: Double,
        steps: [LadderStep], patience: Int, minGain: Double
    ) {
        self.patience = patience
        self.minGain = minGain
        self.enabled = enabled
        self.minTextScore = minTextScore
        self.minConfidence = minConfidence
        self.minWordLikeShare = minWordLikeShare
        self.minLetters = minLetters
        self.maxInkPixelsPerLetter = maxInkPixelsPerLetter
        self.steps = steps
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case enabled, minLetters = "min_letters", maxInkPixelsPerLetter = "max_ink_pixels_per_letter", minTextScore = "min_text_score"
        case minConfidence = "min_confidence", minWordLikeShare = "min_word_like_share", steps, patience, minGain = "min_gain"
    }
}
