/// The OCR stage's small result: the chosen reading's confidence and, when the page climbed the retry ladder,
/// every reading it made and which one won.
public struct OCRSummary: Sendable, Equatable, Codable {
    public let meanConfidence: Int
    /// The readings made, the first one first; nil for a page whose first reading was good enough (or read before
    /// the ladder existed).
    public var ladder: [LadderAttempt]?
    /// The attempt whose text the page keeps (`first` or a rung's name).
    public var chosen: String?
    /// True when no reading had text (`ReadingJudgement.hasText`): the page is `unreadable` (code `ocr.no-text`).
    public var unreadable: Bool?
    /// The models that read the page, when OSD's script narrowed the pipeline's list (`ScriptLanguages`).
    public var languages: String?

    public init(meanConfidence: Int, ladder: [LadderAttempt]? = nil, chosen: String? = nil, unreadable: Bool? = nil) {
        self.meanConfidence = meanConfidence
        self.ladder = ladder
        self.chosen = chosen
        self.unreadable = unreadable
    }

    enum CodingKeys: String, CodingKey { case meanConfidence = "mean_confidence", ladder, chosen, unreadable, languages }
}
