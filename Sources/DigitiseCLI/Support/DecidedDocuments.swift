import DigitiseCore
import DocumentClassifier

/// The documents people decided in an archive, as labelled documents for `train` and `evaluate`.
enum DecidedDocuments {
    /// Every standing decision with text (a page decided from its image alone teaches a text model nothing).
    static func load(archive: ArchiveOptions) throws -> [LabelledDocument] {
        try Archive.openForReading(archive).catalog.standingDecisions()
            .filter { !$0.text.allSatisfy(\.isWhitespace) }
            .map(LabelledDocument.init(decided:))
    }
}
