/// A person outranks the model: a document a person decided keeps that class while its texts are unchanged. When
/// they change (a rescan, a better reading), the decision stays in history; the model's new view stands if it
/// agrees with the person, and the document goes back to review if it does not.
enum DecisionWeighing {
    static func weigh(_ model: Classification, against decision: ReviewDecision, textKey: String) -> Classification {
        let by = decision.decidedBy
        guard decision.textKey == textKey else {
            guard model.documentClass != decision.documentClass else { return model }
            return Classification(
                documentClass: model.documentClass, kind: model.kind, probability: model.probability, needsReview: true,
                reviewReason: "the text changed since \(by) decided \(decision.documentClass.rawValue); the model now says "
                    + (model.documentClass?.rawValue ?? "nothing"),
                explanation: model.explanation, identifiers: model.identifiers)
        }
        return Classification(
            documentClass: decision.documentClass, kind: decision.keptKind(modelKind: model.kind), probability: model.probability,
            needsReview: false, reviewReason: nil, explanation: model.explanation, identifiers: model.identifiers, decidedBy: by)
    }
}
