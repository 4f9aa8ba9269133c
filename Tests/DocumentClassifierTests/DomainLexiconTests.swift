import DigitiseCore
import Testing

@testable import DocumentClassifier

/// The lexicon finds a concept whatever the language, inflection or lost diacritics, and only where it is named.
@Suite struct DomainLexiconTests {
    func concepts(_ text: String) -> Set<String> { Set(DomainLexicon.concepts(in: TextFeatures.tokens(text)).keys) }

    @Test(arguments: [
        "Pieteikums patvēruma saņemšanai", "pieteikums patveruma sanemsanai", "Заявление о предоставлении убежища",
        "An application for asylum",
    ])
    func asylumIsOneConceptInEveryLanguage(_ text: String) {
        #expect(concepts(text).contains("asylum"))
    }

    @Test func aPhraseMustBeConsecutiveAndInflectionsCount() {
        #expect(concepts("piešķirt alternatīvo statusu").contains("alternative-status"))
        #expect(concepts("о предоставлении альтернативного статуса").contains("alternative-status"))
        #expect(!concepts("alternatīvais risinājums, statuss nemainīts").contains("alternative-status"))
        #expect(concepts("Regulas (ES) Nr. 604/2013 12. pants").contains("dublin"))
    }

    @Test func latvianForAllIsNotAVisa() {
        #expect(!concepts("visas personas, visa informācija").contains("visa"))
        #expect(concepts("vīzas pieteikums").contains("visa"))
        #expect(concepts("a Schengen visa application").contains("visa"))
    }

    @Test func genreConceptsAreFeaturesOfTheKindOnly() {
        let features = TextFeatures.extract("Lēmums par patvēruma piešķiršanu")
        #expect(features["lex:asylum"] != nil)
        #expect(features[TextFeatures.genrePrefix + "decision"] != nil)
        #expect(DomainLexicon.concepts.filter(\.isGenre).allSatisfy { !DomainLexicon.asylumProcedure.contains($0.name) })
    }

    @Test func everyConceptNameIsUniqueAndEveryTermFolded() {
        #expect(Set(DomainLexicon.concepts.map(\.name)).count == DomainLexicon.concepts.count)
        for concept in DomainLexicon.concepts {
            for term in concept.terms {
                for stem in term { #expect(stem == TextFeatures.fold(stem), "\(concept.name): '\(stem)' is not folded") }
            }
        }
    }
}
