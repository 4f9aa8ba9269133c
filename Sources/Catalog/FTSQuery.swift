import DigitiseCore
import Foundation

/// Turns what people type into an FTS5 query that cannot be malformed: every word becomes a quoted string, a
/// trailing `*` a prefix search, a quoted run a phrase; the words must all occur (AND).
enum FTSQuery {
    /// The longest query taken, in characters, and the most words (or phrases): enough for any name, code or
    /// phrase; a longer one is a paste or an attack, and costs the index more than it can find.
    static let maxCharacters = 256
    static let maxTerms = 16

    static func build(_ text: String) throws(ArchiveQueryError) -> String {
        guard text.count <= maxCharacters else {
            throw .badQuery("the query is \(text.count) characters long; at most \(maxCharacters) are taken")
        }
        var terms: [String] = []
        var rest = Substring(text)
        while let start = rest.firstIndex(where: { !$0.isWhitespace }) {
            rest = rest[start...]
            if rest.first == "\"" {
                let body = rest.dropFirst()
                let end = body.firstIndex(of: "\"") ?? body.endIndex
                let phrase = body[..<end].split(whereSeparator: \.isWhitespace).joined(separator: " ")
                if !phrase.isEmpty { terms.append(quote(phrase)) }
                rest = end == body.endIndex ? body[end...] : body[body.index(after: end)...]
            } else {
                let end = rest.firstIndex(where: \.isWhitespace) ?? rest.endIndex
                var word = String(rest[..<end])
                rest = rest[end...]
                let prefix = word.hasSuffix("*")
                word = word.trimmingCharacters(in: CharacterSet(charactersIn: "*"))
                guard word.contains(where: { $0.isLetter || $0.isNumber }) else { continue }
                terms.append(quote(word) + (prefix ? "*" : ""))
            }
        }
        guard !terms.isEmpty else { throw .badQuery("the query has no word to look for") }
        guard terms.count <= maxTerms else { throw .badQuery("the query has \(terms.count) words; at most \(maxTerms) are taken") }
        return terms.joined(separator: " ")
    }

    private static func quote(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
