/// What a person did about a page the pipeline found no text on.
public enum PageMark: String, Sendable, Codable, CaseIterable {
    /// The paper is to be scanned again: the page waits for the new scan (`reprocess` reads it).
    case rescanRequested = "rescan-requested"
    /// A person typed the page's text from its image: the page has text, found by search like any other.
    case transcribed
}
