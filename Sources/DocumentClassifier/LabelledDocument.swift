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
}
