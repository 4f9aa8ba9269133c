import DigitiseCore
import Foundation

/// Loads a folder of labelled documents (`LabelledDocument`), for training and measuring the classifier.
public enum LabelledCorpus {
    public enum CorpusError: Error, CustomStringConvertible {
        case unreadable(String)
        case badHeader(String)
        case empty(String)

        public var description: String {
            switch self {
            case .unreadable(let path): "cannot read the corpus \(path)"
            case .badHeader(let file): "\(file): the first line must be '# label: asylum|personal-file; lang: ..; kind: ..; hard: yes|no'"
            case .empty(let path): "the corpus \(path) holds no labelled .txt documents"
            }
        }
    }

    public static func load(_ folder: String) throws -> [LabelledDocument] {
        guard let names = try? FileManager.default.subpathsOfDirectory(atPath: folder) else { throw CorpusError.unreadable(folder) }
        let documents = try names.filter { $0.hasSuffix(".txt") }.sorted().map { name in
            guard let text = try? String(contentsOfFile: folder + "/" + name, encoding: .utf8) else { throw CorpusError.unreadable(name) }
            return try parse(text, file: name)
        }
        guard !documents.isEmpty else { throw CorpusError.empty(folder) }
        return documents
    }

    public static func parse(_ text: String, file: String) throws -> LabelledDocument {
        let lines = text.split(separator: "\n", maxSplits: 2, omittingEmptySubsequences: false)
        guard let header = lines.first, header.hasPrefix("#") else { throw CorpusError.badHeader(file) }
        var fields: [String: String] = [:]
        for part in header.dropFirst().split(separator: ";") {
            let pair = part.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if pair.count == 2 { fields[pair[0]] = pair[1] }
        }
        guard let label = fields["label"].flatMap(DocumentClass.init(rawValue:)) else { throw CorpusError.badHeader(file) }
        return LabelledDocument(
            file: file, label: label, language: fields["lang"] ?? "?", kind: fields["kind"] ?? "other", hard: fields["hard"] == "yes",
            group: fields["template"] ?? file, text: lines.count > 2 ? String(lines[2]) : "")
    }

    /// Splits by group (template), about `share` of the groups to the second part, the same way every time.
    public static func split(_ documents: [LabelledDocument], share: Double, salt: String) -> (
        [LabelledDocument], [LabelledDocument]
    ) {
        func bucket(_ group: String) -> Double {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in (salt + group).utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
            return Double(hash % 10_000) / 10_000
        }
        var first: [LabelledDocument] = [], second: [LabelledDocument] = []
        for d in documents { if bucket(d.group) < share { second.append(d) } else { first.append(d) } }
        return (first, second)
    }
}
