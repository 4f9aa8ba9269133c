import DigitiseCore
import Foundation

extension MemoryCatalog {
    /// Full-text matching as SQLite's index does it (FTS5, `unicode61 remove_diacritics 2`), near enough for tests:
    /// the text splits into words of letters and digits, case and diacritics folded (`berzins` finds `Bērziņš`); a
    /// query's words must all occur, `word*` matches a prefix, and `"two words"` or `120385-10398` a run of words.
    enum FullText {
        struct Term {
            let words: [String]
            /// The last word is a prefix (`word*`).
            let isPrefix: Bool
        }

        struct Word {
            let folded: String
            let range: Range<String.Index>
        }

        /// What people type, as terms of folded words (`SearchTerm.parse`: the same query, the same refusals).
        static func terms(of text: String) throws(ArchiveQueryError) -> [Term] {
            try SearchTerm.parse(text).map { Term(words: words(in: $0.text).map(\.folded), isPrefix: $0.isPrefix) }
        }

        /// The words of a text, folded, with where each stands in it.
        static func words(in text: String) -> [Word] {
            var words: [Word] = []
            var start: String.Index?
            let scalars = text.unicodeScalars
            for index in scalars.indices {
                if isWordPart(scalars[index]) {
                    if start == nil { start = index }
                } else if let begun = start {
                    words.append(word(text, begun..<index))
                    start = nil
                }
            }
            if let begun = start { words.append(word(text, begun..<text.endIndex)) }
            return words
        }

        private static func word(_ text: String, _ range: Range<String.Index>) -> Word {
            Word(folded: String(text[range]).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil), range: range)
        }

        /// unicode61's token characters: letters, digits, private use; marks stay with the letter they decorate.
        private static func isWordPart(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber, .letterNumber,
                .otherNumber, .privateUse, .nonspacingMark, .spacingMark, .enclosingMark:
                true
            default: false
            }
        }

        /// Where every term occurs in the text, as a snippet with the matched words between « and »; nil unless every
        /// term occurs.
        static func snippet(of text: String, matching terms: [Term]) -> String? {
            let words = words(in: text)
            var matched: Set<Int> = []
            for term in terms {
                guard !term.words.isEmpty else { return nil }
                var found = false
                for start in words.indices where start + term.words.count <= words.count {
                    let run = zip(words[start...], term.words).enumerated().allSatisfy { offset, pair in
                        offset == term.words.count - 1 && term.isPrefix ? pair.0.folded.hasPrefix(pair.1) : pair.0.folded == pair.1
                    }
                    guard run else { continue }
                    found = true
                    matched.formUnion(start..<start + term.words.count)
                }
                guard found else { return nil }
            }
            // A window of twelve words from just before the first match, as SQLite's `snippet(…, 12)` gives.
            let first = matched.min() ?? 0
            let from = max(0, min(first - 2, words.count - 12))
            let to = min(words.count, from + 12)
            var snippet = from > 0 ? "…" : ""
            var cursor = from > 0 ? words[from].range.lowerBound : text.startIndex
            for index in from..<to {
                let word = words[index]
                snippet += text[cursor..<word.range.lowerBound]
                snippet += matched.contains(index) ? "«\(text[word.range])»" : String(text[word.range])
                cursor = word.range.upperBound
            }
            snippet += to < words.count ? "…" : text[cursor...]
            return snippet.split(whereSeparator: \.isNewline).joined(separator: " ")
        }
    }
}
