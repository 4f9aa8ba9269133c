import DigitiseCore

/// Turns what people type (`SearchTerm.parse`) into an FTS5 query that cannot be malformed: every word becomes a
/// quoted string, a trailing `*` a prefix search, a quoted run a phrase; the words must all occur (AND).
enum FTSQuery {
    static func build(_ text: String) throws(ArchiveQueryError) -> String {
        try SearchTerm.parse(text).map { quote($0.text) + ($0.isPrefix ? "*" : "") }.joined(separator: " ")
    }

    private static func quote(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
