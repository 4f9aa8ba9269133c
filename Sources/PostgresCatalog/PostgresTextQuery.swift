import DigitiseCore
import PostgresNIO

/// What people type (`SearchTerm.parse`) as a `tsquery` that cannot be malformed: the text is only ever a bound
/// argument, folded by `digitise_fold` as the index is; a word or quoted phrase becomes `phraseto_tsquery` (its
/// words in that order), a trailing `*` makes its last word a prefix, and every term must occur (`&&`).
///
/// Whole words are matched against `page_text.words` (the `simple` configuration, as SQLite matches); a stemmed
/// search against `page_text.stems`, its words stemmed by the same `russian` configuration that built them.
enum PostgresTextQuery {
    /// Where a search looks: the vector it matches, the configuration that parses its words as that vector's were,
    /// and the one that marks them in snippets.
    struct Target {
        let vector: String
        let configuration: String
        let snippets: String
    }

    static func target(stemmed: Bool) -> Target {
        stemmed
            ? Target(vector: "t.stems", configuration: "russian", snippets: "digitise_stems")
            : Target(vector: "t.words", configuration: "simple", snippets: "digitise")
    }

    /// The SQL expression of the query; appends the terms to `arguments` for its placeholders.
    static func sql(for terms: [SearchTerm], in target: Target, arguments: inout [(any PostgresDynamicTypeEncodable)?]) -> String {
        terms.map { term in
            arguments.append(term.text)
            let phrase = "phraseto_tsquery('\(target.configuration)', digitise_fold(?))"
            guard term.isPrefix else { return phrase }
            // The phrase's text form (`'uztur'`, `'a' <-> 'b'`) with `:*` on its last word, read back as a query.
            // A term with no word left after folding stays the empty query, which `&&` leaves out, as a phrase's.
            return "coalesce(to_tsquery('simple', nullif(\(phrase)::text, '') || ':*'), ''::tsquery)"
        }.joined(separator: " && ")
    }
}
