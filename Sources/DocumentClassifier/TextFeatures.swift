import DigitiseCore
import Foundation

/// The features a document's text is described by, made to survive three languages and OCR noise: words, word
/// pairs, and character 3- to 5-grams inside words (a misread letter spoils one n-gram, not the word's evidence).
///
/// Text is folded first: lower case, diacritics removed (OCR often drops them: `patveruma` must count as
/// `patvēruma`), ё as е. Values are log(1 + count), scaled to unit length, so a long document does not outvote a short one.
public enum TextFeatures {
    public static func fold(_ text: String) -> String {
        let lowered = text.lowercased().replacingOccurrences(of: "ё", with: "е").replacingOccurrences(of: "й", with: "и")
        let decomposed = lowered.decomposedStringWithCanonicalMapping.unicodeScalars.filter {
            $0.properties.generalCategory != .nonspacingMark
        }
        return String(String.UnicodeScalarView(decomposed))
    }

    public static func tokens(_ text: String) -> [String] {
        fold(text).split { !($0.isLetter || $0.isNumber || $0 == "/") }.map(String.init).filter { token in
            token.count >= 2 && token.count <= 40 && token.contains { $0.isLetter || $0.isNumber }
        }
    }

    /// A lexicon concept's value per log-mention (the words together have length 1).
    /// Features of the lexicon's genre concepts: evidence of a document's kind, never of its class.
    public static let genrePrefix = "genre:"

    /// The feature a lexicon concept is counted as.
    public static func name(of concept: DomainLexicon.Concept) -> String { (concept.isGenre ? genrePrefix : "lex:") + concept.name }

    /// How much a lexicon concept counts beside a word: 3 did best of 0.25 to 5 when cross-validated over templates
    /// (bench/results/history-classifier.md).
    static let lexiconScale = 3.0

    /// Feature name → value: the words unit length, the lexicon's concepts beside them.
    public static func extract(_ text: String) -> [String: Double] {
        var counts: [String: Double] = [:]
        let words = tokens(text)
        for (i, word) in words.enumerated() {
            counts["w:" + word, default: 0] += 1
            if i + 1 < words.count { counts["b:" + word + " " + words[i + 1], default: 0] += 1 }
            guard word.contains(where: \.isLetter) else { continue }
            let padded = Array("<" + word + ">")
            for n in 3...5 where padded.count >= n {
                for start in 0...(padded.count - n) { counts["c:" + String(padded[start..<(start + n)]), default: 0] += 1 }
            }
        }
        // Summed in a fixed order: a dictionary's order changes from process to process, and floating-point sums
        // in another order differ in the last bits (a resumed run must classify exactly as an uninterrupted one).
        var norm = 0.0
        for key in counts.keys.sorted() {
            let value = log(1 + counts[key]!)
            counts[key] = value
            norm += value * value
        }
        norm = norm.squareRoot()
        guard norm > 0 else { return [:] }
        var features = counts.mapValues { $0 / norm }
        // The domain's concepts stand beside the words, not among them: one mention of asylum weighs the same in a
        // long letter as in a short card.
        for (concept, count) in DomainLexicon.mentions(in: words) { features[name(of: concept)] = lexiconScale * log(1 + Double(count)) }
        return features
    }
}
