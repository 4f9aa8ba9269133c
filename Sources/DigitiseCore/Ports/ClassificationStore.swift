/// Where the classify stage finds the documents ready for it and records its decisions.
public protocol ClassificationStore: Sendable {
    /// The current documents a batch saw (or, with `file`, that file's) whose pages are all final: done, blank or failed.
    func documentsToClassify(batch: Int64?, file: FileID?) throws -> [DocumentText]

    /// Records a document's classification (its derivation, class, kind, probability, review flag, identifiers) and
    /// rolls the result up to the personal file, in one transaction, with a classification event.
    ///
    /// A document that already holds this derivation's key is left as it is, with no second event (workers sharing
    /// the catalog may finish the same document at once), unless `redo`: `reprocess --from classify` decides again
    /// under the same key and must be recorded as it is on every catalog.
    func recordClassification(
        document: Int64, derivation: DerivationRecord, classification: Classification, reused: Bool, redo: Bool) throws
}

extension ClassificationStore {
    /// Records a classification made in the ordinary way (not a redo).
    public func recordClassification(document: Int64, derivation: DerivationRecord, classification: Classification, reused: Bool) throws {
        try recordClassification(document: document, derivation: derivation, classification: classification, reused: reused, redo: false)
    }
}
