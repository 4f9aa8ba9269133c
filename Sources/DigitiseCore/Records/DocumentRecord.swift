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
