/// One fictional document, written once with `{slot}`s that the generator fills with made-up people, dates,
/// numbers and places, so each template yields many distinct documents.
///
/// Slots (each filled afresh per document; the language of the filler follows `language`):
///   {given} {surname} {name}          the person (name = given + surname)
///   {spouse} {child} {officer} {judge} other people
///   {birth_date} {date} {date2} {deadline}   dates (dd.mm.yyyy)
///   {year}                            a four-digit year, 2005-2024
///   {personal_code}                   a Latvian personal code, DDMMYY-NNNNN, checksum valid
///   {passport}                        a passport number, e.g. LV1234567 or 75 1234567
///   {nationality} {country} {country2}   a nationality adjective, countries (e.g. Syria, Afghanistan)
///   {city} {address}                  a Latvian city; a street address in Latvia
///   {file_id}                         a personal file ID, e.g. PF-2019-004512
///   {case_no}                         a case number, e.g. 2019/PAT-0412 or 3-12/4417
///   {employer} {position} {salary}    employment details
///   {school}                          a university or school
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
