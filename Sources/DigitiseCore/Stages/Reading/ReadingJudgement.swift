/// How good one reading of a page is, judged from its text, its word confidence and the page's ink.
///
/// A reading *has text* when it has a few letters and its score (the mean word confidence times the share of
/// word-like tokens) is above gibberish: an empty reading scores 0 whatever confidence Tesseract gives it, and a
/// page read upside down (confident-looking gibberish at confidence 25-45) scores far below the same page read
/// upright (85-95). It is *sufficient* when, besides, its words are confident, most look like words, and it has
/// enough letters for the ink on the page. Of several readings the ladder keeps the one with the highest `yield`.
public struct ReadingJudgement: Sendable, Equatable, Codable {
    /// Letters in the text (any script).
    public let letters: Int
    /// Whitespace-separated tokens, and how many of them look like words (`isWordLike`).
    public let tokens: Int
    public let wordLike: Int
    /// Tesseract's mean word confidence, 0-100.
    public let confidence: Int

    public init(text: String, confidence: Int) {
        var letters = 0, tokens = 0, wordLike = 0
        for token in text.split(whereSeparator: { $0.isWhitespace }) {
            tokens += 1
            letters += token.reduce(0) { $0 + ($1.isLetter ? 1 : 0) }
            if Self.isWordLike(token) { wordLike += 1 }
        }
        self.letters = letters
        self.tokens = tokens
        self.wordLike = wordLike
        self.confidence = confidence
    }

    enum CodingKeys: String, CodingKey { case letters, tokens, wordLike = "word_like", confidence }

    /// The share of tokens that look like words (0 when there are none).
    public var wordLikeShare: Double { tokens == 0 ? 0 : Double(wordLike) / Double(tokens) }

    /// A reading's quality regardless of its length: confidence (0-1) times the word-like share.
    public var score: Double { Double(max(0, min(100, confidence))) / 100 * wordLikeShare }

    /// The criterion that picks the best of several readings of a page: its letters weighted by its score (about
    /// the letters read right). A reading that drops the hard half of a page scores well but yields little.
    public var yield: Double { Double(letters) * score }

    /// Whether this reading found text at all: a few letters, and a score above gibberish. A page none of whose
    /// readings has text is `unreadable`.
    public func hasText(rules: ReadingLadderSettings) -> Bool {
        letters >= rules.minLetters && score >= rules.minTextScore
    }

    /// Whether this reading can stand as the page's text without trying others: it has text, its words are
    /// confident and word-like enough, and it has at least one letter for every `maxInkPixelsPerLetter` dark pixels
    /// of the page (a page whose ink yields a handful of letters lost most of its text).
    public func isSufficient(inkPixels: Int, rules: ReadingLadderSettings) -> Bool {
        hasText(rules: rules) && confidence >= rules.minConfidence && wordLikeShare >= rules.minWordLikeShare
            && letters * rules.maxInkPixelsPerLetter >= inkPixels
    }

    /// A token that reads as a word or a number: after its surrounding punctuation, either two or more letters of
    /// one script (Latin or Cyrillic) with at most one other mark among them (a hyphen, an apostrophe; no digit), or digits
    /// with their separators (dates, codes). Gibberish mixes scripts, letters and digits, or is a lone letter.
    public static func isWordLike(_ token: Substring) -> Bool {
        let core = token.trimmingCharacters(in: "\"'«»„“”‚‘’()[]{}.,;:!?…")
        guard !core.isEmpty else { return false }
        if core.allSatisfy({ $0.isNumber || "./-:,".contains($0) }) { return core.contains(where: \.isNumber) }
        var latin = 0, cyrillic = 0, other = 0
        for scalar in core.unicodeScalars {
            switch scalar.value {
            case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F: latin += 1
            case 0x400...0x4FF: cyrillic += 1
            default: other += 1
            }
        }
        return (latin >= 2 && cyrillic == 0 || cyrillic >= 2 && latin == 0) && other <= 1 && !core.contains(where: \.isNumber)
    }
}

extension Substring {
    /// The token without the given characters at either end.
    fileprivate func trimmingCharacters(in set: String) -> Substring {
        var s = self
        while let first = s.first, set.contains(first) { s = s.dropFirst() }
        while let last = s.last, set.contains(last) { s = s.dropLast() }
        return s
    }
}
