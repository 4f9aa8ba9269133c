import DigitiseCore
import Foundation

/// One document of a labelled folder: a `*.txt` file starting with a header line
/// `# label: asylum|personal-file; lang: lv; kind: KIND; hard: yes|no[; template: ID]`, a blank line, then the text.
/// (The format of `../shared/corpus/classify-dev` and of the project's own generated corpus.)
public struct LabelledDocument: Sendable, Equatable {
    public let file: String
    public let label: DocumentClass
    public let language: String
    public let kind: String
    public let hard: Bool
    /// Documents made from the same template share it; splits keep a template on one side.
    public let group: String
    public let text: String

    public init(file: String, label: DocumentClass, language: String, kind: String, hard: Bool, group: String, text: String) {
        self.file = file
        self.label = label
        self.language = language
        self.kind = kind
        self.hard = hard
        self.group = group
        self.text = text
    }

    /// A document a person decided in the archive, labelled with their decision. Its group is its own (no
    /// template made it); its language is read from its letters (Cyrillic: ru; Latvian diacritics: lv; else en), which
    /// only the figures per language use.
    public init(decided: DecidedText) {
        let decision = decided.decision
        self.init(
            file: "archive:\(decision.fileID.rawValue)/\(decision.document)", label: decision.documentClass,
            language: Self.language(of: decided.text), kind: (decided.kind ?? .other).rawValue, hard: false,
            group: "decision:\(decision.fileID.rawValue)/\(decision.document)", text: decided.text)
    }

    static func language(of text: String) -> String {
        var cyrillic = 0, latvian = 0
        for scalar in text.unicodeScalars {
            if (0x0400...0x04FF).contains(scalar.value) { cyrillic += 1 }
            if "āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ".unicodeScalars.contains(scalar) { latvian += 1 }
        }
        return cyrillic > latvian ? "ru" : latvian > 0 ? "lv" : "en"
    }
}
