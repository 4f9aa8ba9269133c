/// One personal file as `digitise show` presents it: the `--format json` contract of DESIGN.md.
public struct FileRecord: Sendable, Equatable, Codable {
    public let file: String
    /// The roll-up: any current document of the file is classified asylum (the whole file is then restricted).
    public let holdsAsylum: Bool
    public let documents: [DocumentRecord]

    public init(file: String, holdsAsylum: Bool = false, documents: [DocumentRecord]) {
        self.file = file
        self.holdsAsylum = holdsAsylum
        self.documents = documents
    }

    enum CodingKeys: String, CodingKey {
        case file, documents
        case holdsAsylum = "holds_asylum"
    }
}

/// A current document of a personal file. Classification fields stay null until the classify stage has run.
public struct DocumentRecord: Sendable, Equatable, Codable {
    public let name: String
    public let version: Int
    public let status: String
    public let `class`: String?
    public let probability: Double?
    public let kind: String?
    public let review: Bool
    public let identifiers: [String]
    public let pages: [PageRecord]

    public init(
        name: String, version: Int, status: String, class: String? = nil, probability: Double? = nil,
        kind: String? = nil, review: Bool = false, identifiers: [String] = [], pages: [PageRecord]
    ) {
        self.name = name
        self.version = version
        self.status = status
        self.class = `class`
        self.probability = probability
        self.kind = kind
        self.review = review
        self.identifiers = identifiers
        self.pages = pages
    }

    public func encode(to encoder: any Encoder) throws {
        // Explicit nulls: consumers of the contract see every key, classified or not.
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(version, forKey: .version)
        try c.encode(status, forKey: .status)
        try c.encode(`class`, forKey: .class)
        try c.encode(probability, forKey: .probability)
        try c.encode(kind, forKey: .kind)
        try c.encode(review, forKey: .review)
        try c.encode(identifiers, forKey: .identifiers)
        try c.encode(pages, forKey: .pages)
    }
}

/// A page of a document.
public struct PageRecord: Sendable, Equatable, Codable {
    public let number: Int
    public let status: PageStatus
    public let error: StageFailure?
    public let ocrConfidence: Int?
    public let text: String?

    public init(number: Int, status: PageStatus, error: StageFailure?, ocrConfidence: Int?, text: String?) {
        self.number = number
        self.status = status
        self.error = error
        self.ocrConfidence = ocrConfidence
        self.text = text
    }

    enum CodingKeys: String, CodingKey {
        case number, status, error, text
        case ocrConfidence = "ocr_confidence"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(number, forKey: .number)
        try c.encode(status, forKey: .status)
        try c.encode(error, forKey: .error)
        try c.encode(ocrConfidence, forKey: .ocrConfidence)
        try c.encode(text, forKey: .text)
    }
}
