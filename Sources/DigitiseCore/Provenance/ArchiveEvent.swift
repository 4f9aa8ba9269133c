/// A provenance event, PREMIS-style: what happened to which file, document, page or object, when, by which
/// agent, with what outcome.
public struct ArchiveEvent: Sendable, Equatable, Codable {
    /// PREMIS event types, in their controlled-vocabulary spelling.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case ingestion
        case messageDigestCalculation = "message digest calculation"
        case normalization
        case transcription
        case classification
        case fixityCheck = "fixity check"
        case reprocessing
        case export
    }

    public enum Outcome: String, Sendable, Codable { case success, failure, warning }

    public let kind: Kind
    /// ISO 8601, UTC.
    public let at: String
    /// The program and version that acted.
    public let agent: String
    /// The person who acted, when one did (reprocessing, export).
    public let person: String?
    public let outcome: Outcome
    public let detail: String
    public let fileID: String?
    public let document: String?
    public let page: Int?
    public let object: String?

    public init(
        kind: Kind, at: String, agent: String, person: String? = nil, outcome: Outcome, detail: String, fileID: String? = nil,
        document: String? = nil, page: Int? = nil, object: String? = nil
    ) {
        self.kind = kind
        self.at = at
        self.agent = agent
        self.person = person
        self.outcome = outcome
        self.detail = detail
        self.fileID = fileID
        self.document = document
        self.page = page
        self.object = object
    }

    enum CodingKeys: String, CodingKey {
        case kind = "type", at, agent, person = "operator", outcome, detail, fileID = "file", document, page, object
    }
}
