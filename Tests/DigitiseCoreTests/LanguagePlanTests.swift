import DigitiseCore
import Testing

@Suite struct LanguagePlanTests {
    func job(_ file: String, _ document: String, _ id: Int64 = 1) -> PageJob {
        PageJob(
            pageID: id, fileID: FileID(validating: file)!, documentName: document, number: 1,
            sourceObject: ObjectHash(hex: String(repeating: "ab", count: 32))!, sourcePage: 0)
    }

    @Test func aDocumentEntryWinsOverItsFilesAndTheRestKeepsTheDefault() throws {
        let plan = try LanguagePlan(
            defaultLanguages: "lav+rus+eng",
            map: """
                # consulate batch
                PF-1 deu
                PF-1/letter.tif\teng+deu   # the cover letter is bilingual

                PF-2 rus
                """, source: "map")
        #expect(plan.languages(for: job("PF-1", "form.tif")) == "deu")
        #expect(plan.languages(for: job("PF-1", "letter.tif")) == "eng+deu")
        #expect(plan.languages(for: job("PF-2", "x")) == "rus")
        #expect(plan.languages(for: job("PF-3", "x")) == "lav+rus+eng")
        #expect(plan.languageLists == ["lav+rus+eng", "deu", "eng+deu", "rus"])
    }

    @Test func aMalformedEntryIsRefusedWithItsLine() {
        let cases: [(String, Int, String)] = [
            ("PF-1 deu\nPF-2\n", 2, "expected"),
            ("PF-1 deu eng\n", 1, "expected"),
            ("\n\nPF-1 de-u\n", 3, "language"),
            ("../etc deu\n", 1, "not a personal file ID"),
            ("PF-1/ deu\n", 1, "names no document"),
        ]
        for (text, line, reason) in cases {
            #expect {
                _ = try LanguagePlan(defaultLanguages: "eng", map: text, source: "m.map")
            } throws: { error in
                guard let error = error as? LanguageMapError else { return false }
                return error.line == line && error.reason.contains(reason) && error.description.hasPrefix("m.map, line \(line):")
            }
        }
    }

    @Test func jobsAreGroupedByLanguagesInTheOrderOfTheirFirstJob() throws {
        let plan = try LanguagePlan(defaultLanguages: "eng", map: "A deu\nB rus\n", source: "m")
        let jobs = [job("C", "1", 1), job("A", "1", 2), job("B", "1", 3), job("C", "2", 4), job("A", "2", 5), job("C", "3", 6)]
        #expect(plan.grouped(jobs).map(\.pageID) == [1, 4, 6, 2, 5, 3])
        // Without a map the order (largest pages first) is left alone.
        #expect(LanguagePlan(defaultLanguages: "eng").grouped(jobs) == jobs)
    }
}
