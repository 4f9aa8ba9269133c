/// One reading the ladder made of a page: which rung, how it was judged, and what it cost.
public struct LadderAttempt: Sendable, Equatable, Codable {
    /// `first` for the pipeline's own reading, else a `LadderStep`'s name.
    public let step: String
    public let judgement: ReadingJudgement
    public let seconds: Double

    public init(step: String, judgement: ReadingJudgement, seconds: Double) {
        self.step = step
        self.judgement = judgement
        self.seconds = seconds
    }
}
