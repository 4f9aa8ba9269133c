import Foundation

/// One term of what people type into search: a word (`prefix*` marks a prefix) or a quoted phrase. The words must
/// all occur. Every catalog reads a query through `parse`, so they agree on what a query is and what it refuses.
public struct SearchTerm: Sendable, Equatable {
    /// The word, or the phrase's words separated by single spaces.
    public let text: String
    /// The word is a prefix (`uzturēš*`).
    public let isPrefix: Bool

    /// The longest query taken, in characters, and the most words (or phrases): enough for any name, code or
    /// phrase; a longer one is a paste or an attack, and costs the index more than it can find.
    public static let maxCharacters = 256
    public static let maxTerms = 16

    public static func parse(_ text: String) throws(ArchiveQueryError) -> [SearchTerm] {
        guard text.count <= maxCharacters else {
            throw .badQuery("the query is \(text.count) characters long; at most \(maxCharacters) are taken")
        }
        var terms: [SearchTerm] = []
        var rest = Substring(text)
        while let start = rest.firstIndex(where: { !$0.isWhitespace }) {
            rest = rest[start...]
            if rest.first == "\"" {
                let body = rest.dropFirst()
                let end = body.firstIndex(of: "\"") ?? body.endIndex
                let phrase = body[..<end].split(whereSeparator: \.isWhitespace).joined(separator: " ")
                if !phrase.isEmpty { terms.append(SearchTerm(text: phrase, isPrefix: false)) }
                rest = end == body.endIndex ? body[end...] : body[body.index(after: end)...]
            } else {
                let end = rest.firstIndex(where: \.isWhitespace) ?? rest.endIndex
                let word = String(rest[..<end])
                rest = rest[end...]
                let bare = word.trimmingCharacters(in: CharacterSet(charactersIn: "*"))
                guard bare.contains(where: { $0.isLetter || $0.isNumber }) else { continue }
                terms.append(SearchTerm(text: bare, isPrefix: word.hasSuffix("*")))
            }
        }
        guard !terms.isEmpty else { throw .badQuery("the query has no word to look for") }
        guard terms.count <= maxTerms else { throw .badQuery("the query has \(terms.count) words; at most \(maxTerms) are taken") }
        return terms
    }
}
