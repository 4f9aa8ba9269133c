/// What `digitise verify` found.
public struct FixityReport: Sendable, Equatable, Codable {
    public struct Problem: Sendable, Equatable, Codable {
        public let object: String
        public let finding: String
        /// What depends on the object: `PF-1/passport (original)`, `PF-1/passport page 2 (ocr text)`, ...
        public let dependents: [String]
    }

    public let slice: String
    public let checked: Int
    public let bytes: Int
    public let seconds: Double
    public var problems: [Problem]
    /// Files in the store the catalog does not know (left by a crash before their rows were committed).
    public var strays: [String]
    /// Why the check's results could not be written to the catalog (its disk full, say): the check itself stands.
    public var notRecorded: String?

    public var isClean: Bool { problems.isEmpty }

    enum CodingKeys: String, CodingKey {
        case slice, checked, bytes, seconds, problems, strays
        case notRecorded = "not_recorded"
    }

    public init(
        slice: String, checked: Int, bytes: Int, seconds: Double, problems: [Problem], strays: [String], notRecorded: String? = nil
    ) {
        self.notRecorded = notRecorded
        self.slice = slice
        self.checked = checked
        self.bytes = bytes
        self.seconds = seconds
        self.problems = problems
        self.strays = strays
    }
}
