/// A page of a document.
public struct PageRecord: Sendable, Equatable, Codable {
    public let number: Int
    public let status: PageStatus
    public let error: StageFailure?
    public let ocrConfidence: Int?
    public let text: String?
    /// The clockwise turn normalisation gave the page (nil: not normalised).
    public var rotation: Int?
    /// Every reading of the retry ladder and the one kept; nil when the first reading was good enough.
    public var ladder: OCRSummary?
    /// What a person did about the page when it had no text, and who and when (`NAME on DATE`).
    public var mark: PageMark?
    public var markedBy: String?

    public init(
        number: Int, status: PageStatus, error: StageFailure?, ocrConfidence: Int?, text: String?, rotation: Int? = nil,
        ladder: OCRSummary? = nil, mark: PageMark? = nil, markedBy: String? = nil
    ) {
        self.mark = mark
        self.markedBy = markedBy
        self.rotation = rotation
        self.ladder = ladder
        self.number = number
        self.status = status
        self.error = error
        self.ocrConfidence = ocrConfidence
        self.text = text
    }

    enum CodingKeys: String, CodingKey {
        case number, status, error, text
        case ocrConfidence = "ocr_confidence", rotation, ladder, mark, markedBy = "marked_by"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(number, forKey: .number)
        try c.encode(status, forKey: .status)
        try c.encode(error, forKey: .error)
        try c.encode(ocrConfidence, forKey: .ocrConfidence)
        try c.encode(text, forKey: .text)
        try c.encode(rotation, forKey: .rotation)
        try c.encode(ladder, forKey: .ladder)
        try c.encode(mark, forKey: .mark)
        try c.encode(markedBy, forKey: .markedBy)
    }
}
