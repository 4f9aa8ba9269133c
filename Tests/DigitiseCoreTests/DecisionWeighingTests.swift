import Testing

@testable import DigitiseCore

/// A person outranks the model on the texts they decided on; on changed texts the model stands if it agrees.
@Suite struct DecisionWeighingTests {
    let decision = ReviewDecision(
        fileID: FileID(validating: "PF-1")!, document: "letter", documentClass: .personalFile, kind: .employmentContract,
        person: "A. Ozola", at: "2026-12-05T10:00:00Z", note: nil, textKey: "1:aa", modelClass: .personalFile,
        modelProbability: 0.6)

    func model(_ documentClass: DocumentClass, review: Bool) -> Classification {
        Classification(
            documentClass: documentClass, kind: .other, probability: 0.7, needsReview: review, reviewReason: review ? "unsure" : nil,
            explanation: .init(model: "m", features: [], rules: [], modelLogOdds: nil), identifiers: [])
    }

    @Test func thePersonsClassStandsOnTheSameTexts() {
        let weighed = DecisionWeighing.weigh(model(.asylum, review: true), against: decision, textKey: "1:aa")
        #expect(weighed.documentClass == .personalFile && weighed.kind == .employmentContract)
        #expect(!weighed.needsReview && weighed.reviewReason == nil)
        #expect(weighed.decidedBy == "A. Ozola on 2026-12-05T10:00:00Z")
        #expect(weighed.probability == 0.7, "the model's own view is kept beside the person's class")
    }

    @Test func onChangedTextsAnAgreeingModelStands() {
        let agreeing = model(.personalFile, review: false)
        #expect(DecisionWeighing.weigh(agreeing, against: decision, textKey: "1:bb") == agreeing)
    }

    @Test func onChangedTextsADisagreeingModelSendsTheDocumentBackToReview() {
        let weighed = DecisionWeighing.weigh(model(.asylum, review: false), against: decision, textKey: "1:bb")
        #expect(weighed.needsReview && weighed.decidedBy == nil && weighed.documentClass == .asylum)
        #expect(weighed.reviewReason?.contains("A. Ozola") == true && weighed.reviewReason?.contains("decided personal-file") == true)
    }
}
