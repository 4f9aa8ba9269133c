import DigitiseCore
import Testing

@Suite struct ReadingJudgementTests {
    static let rules = PipelineDefinition.nightly.ocr.ladder

    @Test func wordsOfOneScriptAndNumbersAreWordLikeGibberishIsNot() {
        for word in ["Bērziņš", "заявление", "residence,", "(2019)", "12.03.2019", "«Рига»", "don't"] {
            #expect(ReadingJudgement.isWordLike(Substring(word)), "\(word)")
        }
        for token in ["a", "|", "—", "Rиga", "x7q", "~~", "ﬁ#%"] {
            #expect(!ReadingJudgement.isWordLike(Substring(token)), "\(token)")
        }
    }

    @Test func anEmptyReadingHasNoTextWhateverItsConfidence() {
        let empty = ReadingJudgement(text: "", confidence: 95)
        #expect(empty.score == 0 && empty.yield == 0)
        #expect(!empty.hasText(rules: Self.rules))
        #expect(!empty.isSufficient(inkPixels: 10_000, rules: Self.rules))
    }

    @Test func aFewLettersForMuchInkAreTooLittle() {
        let few = ReadingJudgement(text: "Riga Latvia", confidence: 95)
        #expect(few.hasText(rules: Self.rules))
        #expect(few.isSufficient(inkPixels: 10 * Self.rules.maxInkPixelsPerLetter, rules: Self.rules))
        #expect(!few.isSufficient(inkPixels: 10 * Self.rules.maxInkPixelsPerLetter + 1, rules: Self.rules), "it climbs")
    }

    @Test func moreLettersReadAsConfidentlyYieldMore() {
        let half = ReadingJudgement(text: "the applicant came to the office", confidence: 90)
        let whole = ReadingJudgement(text: "the applicant came to the office on the third of March", confidence: 85)
        #expect(half.score > whole.score, "the shorter reading is the more confident")
        #expect(whole.yield > half.yield, "but the longer one keeps more letters read right")
    }
}
