import DigitiseCore

/// What scanning and OCR do to text, applied at a chosen strength: characters confused for look-alikes, diacritics
/// lost, words broken or run together, stray specks read as punctuation, lines dropped.
struct OCRNoise {
    /// Expected share of characters touched (0 leaves the text clean).
    let strength: Double

    static let confusions: [Character: [Character]] = [
        "l": ["1", "I", "|"], "i": ["l", "1", "í"], "o": ["0", "c", "о"], "0": ["O", "o"], "e": ["c", "є", "ë"], "a": ["ä", "o", "а"],
        "m": ["rn", "nn"].map { $0.first! }, "n": ["h", "u"], "u": ["v", "ii".first!], "s": ["5", "ş"], "S": ["5", "$"], "B": ["8", "ß"],
        "g": ["q", "9"], "c": ["e", "("], "t": ["f", "l"], "r": ["n", "ı"], "1": ["l", "7"], "5": ["S", "6"], "8": ["B", "3"],
        "и": ["н", "п"], "н": ["и", "к"], "е": ["с", "ё"], "о": ["0", "с"], "т": ["г", "п"], "ш": ["щ", "т"], "р": ["р", "ρ"],
    ]
    static let stripped: [Character: Character] = [
        "ā": "a", "č": "c", "ē": "e", "ģ": "g", "ī": "i", "ķ": "k", "ļ": "l", "ņ": "n", "š": "s", "ū": "u", "ž": "z",
        "Ā": "A", "Č": "C", "Ē": "E", "Ģ": "G", "Ī": "I", "Ķ": "K", "Ļ": "L", "Ņ": "N", "Š": "S", "Ū": "U", "Ž": "Z", "й": "и", "ё": "е",
    ]

    func apply(_ text: String, random: inout SeededRandom) -> String {
        guard strength > 0 else { return text }
        func chance(_ p: Double) -> Bool { Double(random.next() % 1_000_000) / 1_000_000 < p }
        // Diacritics are lost as a habit of the whole page more often than letter by letter.
        let dropAllDiacritics = chance(strength * 2)
        var out = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if chance(strength / 2) { continue }  // a line lost to a fold or a stain
            for ch in line {
                if let plain = Self.stripped[ch], dropAllDiacritics || chance(strength * 3) {
                    out.append(plain)
                } else if let options = Self.confusions[ch], chance(strength) {
                    out.append(options[Int(random.next() % UInt64(options.count))])
                } else if ch == " " && chance(strength / 2) {
                    continue  // words run together
                } else if ch.isLetter && chance(strength / 4) {
                    out.append(ch)
                    out.append(" ")  // a word broken
                } else {
                    out.append(ch)
                }
                if chance(strength / 10) { out.append([".", ",", "'", "`", ":"][Int(random.next() % 5)]) }
            }
            out.append("\n")
        }
        return out
    }
}
