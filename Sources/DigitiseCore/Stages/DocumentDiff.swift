/// How reprocessing changed one document: its status, its class, and its text (as CER of the new text against the
/// old, page by page, so one reread page of fifty shows as the small change it is).
public struct DocumentDiff: Sendable, Equatable, Encodable {
    public let name: String
    public let previousVersion: Int
    public let version: Int
    public let previousStatus: String
    public let status: String
    public let previousClass: String?
    public let documentClass: String?
    public let previousProbability: Double?
    public let probability: Double?
    /// Pages whose text differs between the versions (read, lost, gained or changed).
    public let pagesChanged: Int
    public let pages: Int
    /// Character error rate of the new text against the old: 0 when identical.
    public let textCER: Double

    public init(
        name: String, previousVersion: Int, version: Int, previousStatus: String, status: String, previousClass: String?,
        documentClass: String?, previousProbability: Double?, probability: Double?, pagesChanged: Int, pages: Int, textCER: Double
    ) {
        self.name = name
        self.previousVersion = previousVersion
        self.version = version
        self.previousStatus = previousStatus
        self.status = status
        self.previousClass = previousClass
        self.documentClass = documentClass
        self.previousProbability = previousProbability
        self.probability = probability
        self.pagesChanged = pagesChanged
        self.pages = pages
        self.textCER = textCER
    }

    enum CodingKeys: String, CodingKey {
        case name, version, status, probability, pages
        case previousVersion = "previous_version", previousStatus = "previous_status", previousClass = "previous_class"
        case documentClass = "class", previousProbability = "previous_probability", pagesChanged = "pages_changed"
        case textCER = "text_cer"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(previousVersion, forKey: .previousVersion)
        try c.encode(version, forKey: .version)
        try c.encode(previousStatus, forKey: .previousStatus)
        try c.encode(status, forKey: .status)
        try c.encode(previousClass, forKey: .previousClass)
        try c.encode(documentClass, forKey: .documentClass)
        try c.encode(previousProbability, forKey: .previousProbability)
        try c.encode(probability, forKey: .probability)
        try c.encode(pagesChanged, forKey: .pagesChanged)
        try c.encode(pages, forKey: .pages)
        try c.encode((textCER * 10000).rounded() / 10000, forKey: .textCER)
    }

    /// Compares two versions of a document, reading their page texts through `text`.
    static func between(_ old: DocumentVersion, _ new: DocumentVersion, text: (ObjectHash) throws -> String) throws -> DocumentDiff {
        var errors = 0
        var reference = 0
        var changed = 0
        let oldPages = Dictionary(old.pages.map { ($0.number, $0) }, uniquingKeysWith: { a, _ in a })
        for page in new.pages {
            let before = oldPages[page.number]?.text
            guard before != page.text else {
                if let same = before { reference += TextDistance.normalise(try text(same)).unicodeScalars.count }
                continue
            }
            changed += 1
            let rates = TextDistance.rates(reference: try before.map(text) ?? "", hypothesis: try page.text.map(text) ?? "")
            errors += rates.characterErrors
            reference += rates.referenceCharacters
        }
        let cer = reference == 0 ? (errors == 0 ? 0 : 1) : Double(errors) / Double(reference)
        return DocumentDiff(
            name: new.name, previousVersion: old.version, version: new.version, previousStatus: old.status, status: new.status,
            previousClass: old.documentClass, documentClass: new.documentClass, previousProbability: old.probability,
            probability: new.probability, pagesChanged: changed, pages: new.pages.count, textCER: cer)
    }
}
