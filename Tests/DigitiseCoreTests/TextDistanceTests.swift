import DigitiseCore
import Testing

@Suite struct TextDistanceTests {
    @Test func countsEditsOverTheReferenceLength() {
        let rates = TextDistance.rates(reference: "kitten sat", hypothesis: "sitting sat")
        #expect(rates.characterErrors == 3)
        #expect(rates.referenceCharacters == 10)
        #expect(rates.wordErrors == 1 && rates.referenceWords == 2)
        #expect(rates.cer == 0.3 && rates.wer == 0.5)
    }

    @Test func layoutIsNotAnErrorButADiacriticIs() {
        #expect(TextDistance.rates(reference: "Jānis\nBērziņš\u{0C}", hypothesis: "  Jānis   Bērziņš ").cer == 0)
        #expect(TextDistance.rates(reference: "Bērziņš", hypothesis: "Berzins").characterErrors == 3)  // ē, ņ, š
    }

    @Test func composedAndDecomposedFormsAreTheSameText() {
        #expect(TextDistance.rates(reference: "ā", hypothesis: "a\u{0304}").cer == 0)
    }

    @Test func emptyTexts() {
        #expect(TextDistance.rates(reference: "", hypothesis: "").cer == 0)
        #expect(TextDistance.rates(reference: "abc", hypothesis: "").cer == 1)
        #expect(TextDistance.rates(reference: "", hypothesis: "x").cer == 1)
    }
}
