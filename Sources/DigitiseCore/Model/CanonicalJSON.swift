import Foundation

/// JSON with sorted keys: the same value always gives the same text (memo keys, stored results, batch summaries).
public enum CanonicalJSON {
    public static func string(_ value: some Encodable) -> String? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) }
    }
}
