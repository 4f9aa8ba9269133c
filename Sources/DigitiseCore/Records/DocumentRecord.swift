/// A current document of a personal file. Classification fields stay null until the classify stage has run.
public struct DocumentRecord: Sendable, Equatable, Codable {
    public let name: String
    public let version: Int
    public let status: String
    public let `class`: String?
    public let probability: Double?
    public let kind: String?
    public let review: Bool
    /// Who decided the class when a person did (`NAME on DATE`); nil when the model did, or no one yet.
    public let decidedBy: String?
    /// The classifier that gave the class, or whose view a person's decision overrode (`Classification.Explanation.model`).
    public let model: String?
    public let identifiers: [String]
    public let pages: [PageRecord]

    public init(
        name: String, version: Int, status: String, class: String? = nil, probability: Double? = nil,
        kind: String? = nil, review: Bool = false, decidedBy: String? = nil, model: String? = nil, identifiers: [String] = [],
        pages: [PageRecord]
    ) {
        self.decidedBy = decidedBy
        self.model = model
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

    enum CodingKeys: String, CodingKey {
        case name, version, status, `class`, probability, kind, review, decidedBy = "decided_by", model, identifiers, pages
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
        try c.encode(decidedBy, forKey: .decidedBy)
        try c.encode(model, forKey: .model)
        try c.encode(identifiers, forKey: .identifiers)
        try c.encode(pages, forKey: .pages)
    }
}
