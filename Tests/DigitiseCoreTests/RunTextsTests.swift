import Testing

@testable import DigitiseCore

/// The texts a run holds for its classify stage: the newest within the budget, the oldest let go.
@Suite struct RunTextsTests {
    func outcome(_ n: Int, text: String) -> PageOutcome {
        let object = StoredObject(hash: ObjectHash(hex: String(format: "%064x", n))!, size: text.utf8.count)
        let normalised = DerivationRecord(key: "n\(n)", stage: .normalise, outputs: [:], resultJSON: "{}")
        let ocr = DerivationRecord(key: "o\(n)", stage: .ocr, outputs: ["text": object], resultJSON: "{}")
        return PageOutcome(pageID: Int64(n), result: .reading(normalised: normalised, ocr: ocr, text: text))
    }

    @Test func holdsTheNewestTextsWithinItsBudget() {
        let texts = RunTexts(budget: 25)
        for n in 1...4 { texts.keep(outcome(n, text: String(repeating: "\(n)", count: 10))) }
        // 40 bytes read, 25 allowed: the two newest stay, the oldest two are read from the store again.
        #expect(texts.text(of: ObjectHash(hex: String(format: "%064x", 1))!) == nil)
        #expect(texts.text(of: ObjectHash(hex: String(format: "%064x", 2))!) == nil)
        #expect(texts.text(of: ObjectHash(hex: String(format: "%064x", 3))!) == String(repeating: "3", count: 10))
        #expect(texts.text(of: ObjectHash(hex: String(format: "%064x", 4))!) == String(repeating: "4", count: 10))
    }

}
