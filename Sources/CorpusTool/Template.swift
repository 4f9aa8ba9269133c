/// One fictional document, written once with `{slot}`s that the generator fills with made-up people, dates,
/// numbers and places, so each template yields many distinct documents. Read from `corpus/templates`
/// (`TemplateFile`); its README lists the slots.
public struct Template: Sendable {
    /// `asylum` or `personal-file`.
    public let label: String
    /// One of `DocumentKind`'s raw values: asylum-application, interview-record, status-decision, dublin-transfer,
    /// appeal, residence-permit-application, visa-application, passport-copy, civil-status-certificate,
    /// employment-contract, address-declaration, residence-decision, other.
    public let kind: String
    /// `lv`, `ru` or `en`.
    public let language: String
    /// Whether the surface points to the other label (a personal-file document mentioning asylum in passing; an
    /// asylum document that reads like ordinary residence business).
    public let hard: Bool
    public let text: String

    public init(label: String, kind: String, language: String, hard: Bool = false, text: String) {
        self.label = label
        self.kind = kind
        self.language = language
        self.hard = hard
        self.text = text
    }
}
