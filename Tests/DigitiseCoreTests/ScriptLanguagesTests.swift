import DigitiseCore
import Testing

/// A page is narrowed to its script's models only when OSD is sure of the script, and the rule is in the OCR key.
@Suite struct ScriptLanguagesTests {
    let rule = ScriptLanguages(byScript: ["Latin": "lav+eng", "Cyrillic": "rus+eng"], minConfidence: 3)

    @Test func aSureScriptNarrowsTheList() {
        #expect(rule.languages(for: "lav+rus+eng", script: "Cyrillic", confidence: 8.5) == "rus+eng")
        #expect(rule.languages(for: "lav+rus+eng", script: "Latin", confidence: 3) == "lav+eng")
    }

    @Test func anUnsureOrUnknownScriptKeepsEveryLanguage() {
        // OSD called a small Russian page Latin at 1.43 on the degradation corpus.
        #expect(rule.languages(for: "lav+rus+eng", script: "Latin", confidence: 1.43) == "lav+rus+eng")
        #expect(rule.languages(for: "lav+rus+eng", script: "Arabic", confidence: 9) == "lav+rus+eng")
        #expect(rule.languages(for: "lav+rus+eng", script: nil, confidence: nil) == "lav+rus+eng")
    }

    @Test func theRuleIsPartOfTheOCRKeyAndAnEmptyRuleLeavesTheKeyAsItWas() {
        var parameters = PipelineDefinition.nightly.ocr
        parameters.languagesByScript = rule.byScript
        let image = ObjectHash(hex: String(repeating: "ab", count: 32))!
        let narrowed = DerivationKey.ocr(image: image, parameters: parameters, engine: "e")
        parameters.languagesByScript = [:]
        let plain = DerivationKey.ocr(image: image, parameters: parameters, engine: "e")
        #expect(narrowed != plain)
        #expect(!plain.contains("by_script"))
        #expect(narrowed.contains("by_script=Cyrillic:rus+eng,Latin:lav+eng@3.0"))
    }
}
