/// Where the classify stage finds the documents ready for it and records its decisions.
public protocol ClassificationStore: Sendable {
    /// The current documents a batch saw (or, with `file`, that file's) whose pages are all final: done, blank or failed.
    func documentsToClassify(batch: Int64?, file: FileID?) throws -> [DocumentText]

    /// Records a document's classification (its derivation, class, kind, probability, review flag, identifiers) and
    /// rolls the result up to the personal file, in one transaction.
    func recordClassification(document: Int64, derivation: DerivationRecord, classification: Classification, reused: Bool) throws
}
