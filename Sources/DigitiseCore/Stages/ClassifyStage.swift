import Foundation

/// The classify stage, per document once its pages are final: the text of its read pages → class, kind, calibrated
/// probability, explanation, identifiers. Memoised like the page stages: the key holds the classifier's identity
/// (model version, thresholds, rules) and the text objects, so a new model reclassifies exactly what it must.
public struct ClassifyStage: Sendable {
    let store: any ObjectStoring
    let memo: any DerivationMemo
    let classifications: any ClassificationStore
    /// People's decisions, which outrank the model; nil when the catalog keeps none.
    let decisions: (any ReviewDesk)?
    let classifier: any DocumentClassifying
    let minTextCharacters: Int
    /// Classify again even when the document's classification is current (`reprocess --from classify`).
    let redo: Bool
    /// The texts the run has just read, so that they are not read back from the store.
    let texts: RunTexts

    public init(_ context: RunContext, classifier: any DocumentClassifying, redo: Bool = false, texts: RunTexts = RunTexts()) {
        store = context.store
        memo = context.catalog.memo
        classifications = context.catalog.classifications
        decisions = context.catalog.decisions
        self.classifier = classifier
        minTextCharacters = context.pipeline.classify.minTextCharacters
        self.redo = redo
        self.texts = texts
    }

    public func key(for document: DocumentText) -> String {
        DerivationKey.classify(classifier: classifier.identity, minTextCharacters: minTextCharacters, texts: document.pages.map(\.text))
    }

    /// - Returns: how many documents were classified (not found current).
    @discardableResult
    public func run(_ documents: [DocumentText]) throws -> Int {
        var classified = 0
        for document in documents {
            let key = key(for: document)
            if document.classifyKey == key && !redo { continue }
            if !redo, let memo = try memo.derivation(forKey: key), let result = memo.result(as: Classification.self) {
                try classifications.recordClassification(
                    document: document.documentID, derivation: memo, classification: try weighed(result, document), reused: true, redo: redo
                )
                classified += 1
                continue
            }
            let text = try document.pages.compactMap(\.text).map {
                try texts.text(of: $0) ?? String(decoding: store.read($0), as: UTF8.self)
            }
            .joined(separator: "\n\u{0C}\n")
            let result = decide(text, pages: document.pages)
            try classifications.recordClassification(
                document: document.documentID, derivation: DerivationRecord(key: key, stage: .classify, outputs: [:], result: result),
                classification: try weighed(result, document), reused: false, redo: redo)
            classified += 1
        }
        return classified
    }

    /// The model's result, outranked by a person's decision on the same texts (`DecisionWeighing`).
    func weighed(_ result: Classification, _ document: DocumentText) throws -> Classification {
        guard let desk = decisions, let decision = try desk.latestDecision(file: document.fileID, document: document.name) else {
            return result
        }
        return DecisionWeighing.weigh(result, against: decision, textKey: ReviewDecision.textKey(of: document.pages))
    }

    /// The model's decision, or review without a guess when the text is too thin to decide on.
    func decide(_ text: String, pages: [TextPage]) -> Classification {
        let identifiers = IdentifierExtractor.identifiers(in: text)
        let usable = text.filter { $0.isLetter }.count
        guard usable >= minTextCharacters else {
            let read = pages.filter { $0.status == .done }.count
            return Classification(
                documentClass: nil, kind: nil, probability: nil, needsReview: true,
                reviewReason: "no usable text: \(usable) letters from \(read) of \(pages.count) page(s) read (blank or failed pages)",
                explanation: .init(model: classifier.identity, features: [], rules: [], modelLogOdds: nil), identifiers: identifiers)
        }
        let decided = classifier.classify(text)
        // A document with a page whose text no reading found is incomplete: the model's view is kept for the
        // reviewer, but never stands as the document's decision.
        let unreadable = pages.filter { $0.status == .unreadable }.count
        guard unreadable == 0 else {
            return Classification(
                documentClass: decided.documentClass, kind: decided.kind, probability: decided.probability, needsReview: true,
                reviewReason: "incomplete text: \(unreadable) of \(pages.count) page(s) unreadable (ocr.no-text)"
                    + (decided.reviewReason.map { "; \($0)" } ?? ""),
                explanation: decided.explanation, identifiers: identifiers)
        }
        return Classification(
            documentClass: decided.documentClass, kind: decided.kind, probability: decided.probability, needsReview: decided.needsReview,
            reviewReason: decided.reviewReason, explanation: decided.explanation, identifiers: identifiers)
    }
}
