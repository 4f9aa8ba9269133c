/// The OCR stage's small result.
public struct OCRSummary: Sendable, Equatable, Codable {
    public let meanConfidence: Int

    public init(meanConfidence: Int) { self.meanConfidence = meanConfidence }

    enum CodingKeys: String, CodingKey { case meanConfidence = "mean_confidence" }
}
