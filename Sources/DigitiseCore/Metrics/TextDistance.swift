import Foundation

/// Character and word error rates between a reference text and a hypothesis: Levenshtein distance over NFC
/// Unicode scalars (characters) or whitespace-separated words, divided by the reference's length.
///
/// Both texts are normalised first: NFC, and every run of whitespace (newlines, form feeds) folded to one space,
/// so layout differences do not count as errors but every letter, diacritic and punctuation mark does.
public enum TextDistance {
    public struct Rates: Sendable, Equatable {
        public let characterErrors: Int
        public let referenceCharacters: Int
        public let wordErrors: Int
        public let referenceWords: Int

        public var cer: Double {
            referenceCharacters == 0 ? (characterErrors == 0 ? 0 : 1) : Double(characterErrors) / Double(referenceCharacters)
        }
        public var wer: Double { referenceWords == 0 ? (wordErrors == 0 ? 0 : 1) : Double(wordErrors) / Double(referenceWords) }
    }

    public static func rates(reference: String, hypothesis: String) -> Rates {
        let r = normalise(reference), h = normalise(hypothesis)
        let rWords = r.split(separator: " ").map(String.init), hWords = h.split(separator: " ").map(String.init)
        return Rates(
            characterErrors: levenshtein(Array(r.unicodeScalars), Array(h.unicodeScalars)), referenceCharacters: r.unicodeScalars.count,
            wordErrors: levenshtein(rWords, hWords), referenceWords: rWords.count)
    }

    /// NFC, whitespace runs folded to one space, trimmed.
    public static func normalise(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Edit distance (insertions, deletions, substitutions each cost 1), in two rows of memory.
    public static func levenshtein<T: Equatable>(_ a: [T], _ b: [T]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            let ai = a[i - 1]
            for j in 1...b.count {
                let substitution = previous[j - 1] + (ai == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
