import DigitiseCore
import Foundation

/// Reads the corpus's templates from their files (`corpus/templates/*.txt`, in file-name order, then in order within
/// each file: a template's number in the corpus is its place in that order, so a new template goes at the end of
/// the last file). Each template is a header line and its text up to the next header:
///
/// ```
/// === label: asylum; kind: asylum-application; language: lv; hard: no
/// PILSONĪBAS UN MIGRĀCIJAS LIETU PĀRVALDE
/// ...
/// ```
///
/// The blank lines between a text and the next header are not part of the text. See `corpus/templates/README.md`.
enum TemplateFile {
    struct Problem: Error, CustomStringConvertible {
        let file: String
        let line: Int
        let message: String

        var description: String { "\(file):\(line): \(message)" }
    }

    static let headerPrefix = "=== "

    /// Every template in the folder, in corpus order.
    static func templates(in folder: String) throws -> [Template] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.sorted()
        } catch {
            throw Problem(file: folder, line: 0, message: "cannot list the template folder (give --templates DIR)")
        }
        guard !names.isEmpty else { throw Problem(file: folder, line: 0, message: "no template files (*.txt)") }
        return try names.flatMap { name in
            let path = folder + "/" + name
            guard let data = FileManager.default.contents(atPath: path) else {
                throw Problem(file: path, line: 0, message: "cannot read the file")
            }
            return try parse(String(decoding: data, as: UTF8.self), file: path)
        }
    }

    static func parse(_ contents: String, file: String) throws -> [Template] {
        var templates: [Template] = []
        var header: (fields: [String: String], line: Int)?
        var body: [Substring] = []
        func close() throws {
            guard let (fields, line) = header else { return }
            while body.last?.isEmpty == true { body.removeLast() }
            guard !body.isEmpty else { throw Problem(file: file, line: line, message: "the template has no text") }
            guard let label = fields["label"], let kind = fields["kind"], let language = fields["language"],
                let hard = fields["hard"], ["yes", "no"].contains(hard)
            else {
                throw Problem(file: file, line: line, message: "the header needs label, kind, language and hard (yes or no)")
            }
            // A typo would quietly make a new label, kind or language: every value must be one the classifier knows.
            if let unknown = Set(fields.keys).subtracting(["label", "kind", "language", "hard"]).sorted().first {
                throw Problem(file: file, line: line, message: "unknown header field '\(unknown)'")
            }
            guard DocumentClass(rawValue: label) != nil else {
                throw Problem(file: file, line: line, message: "label '\(label)' is not asylum or personal-file")
            }
            guard DocumentKind(rawValue: kind) != nil else {
                throw Problem(
                    file: file, line: line,
                    message: "kind '\(kind)' is not one of \(DocumentKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            guard ["lv", "ru", "en"].contains(language) else {
                throw Problem(file: file, line: line, message: "language '\(language)' is not lv, ru or en")
            }
            templates.append(
                Template(label: label, kind: kind, language: language, hard: hard == "yes", text: body.joined(separator: "\n")))
        }
        for (index, line) in contents.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.hasPrefix(headerPrefix) {
                try close()
                header = (fields(line.dropFirst(headerPrefix.count)), index + 1)
                body = []
            } else if header != nil {
                body.append(line)
            } else if !line.trimmingCharacters(in: .whitespaces).isEmpty {
                throw Problem(file: file, line: index + 1, message: "text before the first `=== ` header")
            }
        }
        try close()
        return templates
    }

    /// `label: asylum; kind: ...` as a dictionary.
    private static func fields(_ header: Substring) -> [String: String] {
        var fields: [String: String] = [:]
        for part in header.split(separator: ";") {
            let pair = part.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if pair.count == 2 { fields[pair[0]] = pair[1] }
        }
        return fields
    }
}
