import DigitiseCore
import Testing

@Suite struct IdentifierExtractorTests {
    @Test func aLatvianPersonalCodeIsFoundOnlyWithAValidCheckDigit() {
        // 120385-1039?: Σ wᵢdᵢ = 1·1 + 6·2 + 3·0 + 7·3 + 9·8 + 10·5 + 5·1 + 8·0 + 4·3 + 2·9 = 191; (1101 - 191) mod 11 = 8.
        #expect(IdentifierExtractor.personalCodeCheckDigit([1, 2, 0, 3, 8, 5, 1, 0, 3, 9]) == 8)
        let found = IdentifierExtractor.identifiers(in: "Personas kods 120385-10398, nepareizs 120385-10391.")
        #expect(found.filter { $0.kind == .personalCode } == [Identifier(kind: .personalCode, value: "120385-10398")])
        // Written without the hyphen, it is the same code.
        #expect(IdentifierExtractor.identifiers(in: "p.k. 12038510398").contains(Identifier(kind: .personalCode, value: "120385-10398")))
        // The newer form carries no date and no check digit.
        #expect(IdentifierExtractor.identifiers(in: "kods 321234-56789").contains(Identifier(kind: .personalCode, value: "321234-56789")))
        // A code naming no real day is not one, check digit or not: 31 February (its check digit, 8, is right).
        #expect(!IdentifierExtractor.isValidPersonalCode("31028510398"))
    }

    @Test func passportsDatesAndAnMRZAreFound() {
        let text = """
            Pase Nr. LV1234567, izdota 05.03.2019; паспорт 75 1234567; next review 2024-02-29.
            P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<
            L898902C36UTO7408122F1204159ZE184226B<<<<<10
            """
        let found = Set(IdentifierExtractor.identifiers(in: text))
        #expect(found.contains(Identifier(kind: .passport, value: "LV1234567")))
        #expect(found.contains(Identifier(kind: .passport, value: "751234567")))
        #expect(found.contains(Identifier(kind: .date, value: "2019-03-05")))
        #expect(found.contains(Identifier(kind: .date, value: "2024-02-29")))
        // ICAO 9303's own specimen: every check digit holds.
        #expect(found.contains(Identifier(kind: .mrz, value: "L898902C3")))
        // One digit misread: the check fails and nothing is claimed.
        #expect(IdentifierExtractor.identifiers(in: "L898902C36UTO7408123F1204159ZE184226B<<<<<10").allSatisfy { $0.kind != .mrz })
        #expect(!found.contains { $0.kind == .date && $0.value.hasPrefix("2023-02-29") })
    }

    @Test func maskingHidesAllButAHint() {
        #expect(Identifier(kind: .personalCode, value: "120385-10398").masked == "12****-*****")
        #expect(Identifier(kind: .passport, value: "LV1234567").masked == "LV*******")
    }
}
