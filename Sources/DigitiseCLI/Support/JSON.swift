import Foundation

/// The JSON style of every `--format json` output: sorted keys, pretty, no escaped slashes.
enum JSON {
    /// - Parameter compact: one line (a stream of objects, `work --follow`).
    static func encode(_ value: some Encodable, compact: Bool = false) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting =
            compact ? [.sortedKeys, .withoutEscapingSlashes] : [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
