/// An identifier found in a document's text: stored, indexed, searchable, and masked where a report must not show it.
public struct Identifier: Sendable, Equatable, Hashable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// A Latvian personal code: DDMMYY-NNNNN with a valid check digit, or the newer 32NNNN-NNNNN.
        case personalCode = "personal-code"
        /// A passport or travel document number.
        case passport
        /// A machine-readable zone (ICAO 9303, TD3) whose check digits hold.
        case mrz
        /// A date, as YYYY-MM-DD.
        case date
    }

    public let kind: Kind
    /// Canonical form: personal codes as DDMMYY-NNNNN, passports without spaces, dates as YYYY-MM-DD.
    public let value: String

    public init(kind: Kind, value: String) {
        self.kind = kind
        self.value = value
    }

    /// For people without the right to see it: enough to tell two apart on a page, not enough to identify anyone.
    public var masked: String {
        switch kind {
        case .personalCode: String(value.prefix(2)) + "****-*****"
        case .passport: String(value.prefix(2)) + String(repeating: "*", count: max(0, value.count - 2))
        case .mrz: "P<" + String(repeating: "*", count: 10)
        case .date: String(value.prefix(4)) + "-**-**"
        }
    }

    /// `personal-code:120385-10398`.
    public var description: String { "\(kind.rawValue):\(value)" }
}
