import DigitiseCore
import Foundation
import Yams

/// Reads a pipeline definition from YAML (`pipelines/NAME.yaml`) and refuses anything a stage could misread:
/// an unknown key (a typo would otherwise silently fall back to nothing), a missing key, a wrong type, a value out
/// of range. Each error names the key and its line in the file.
enum PipelineLoader {
    static func load(_ path: String?) throws -> PipelineDefinition {
        guard let path else { return .nightly }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw CommandFailure(status: .noInput, message: "cannot read the pipeline file \(path)")
        }
        do {
            return try parse(text)
        } catch let error as PipelineError {
            throw CommandFailure(
                status: .usage,
                message: "the pipeline \(path) is not valid:\n" + error.problems.map { "  \(path):\($0)" }.joined(separator: "\n")
                    + "\n(pipelines/nightly.yaml documents every key)")
        }
    }

    /// One problem, located: `line 12: normalise.binarise: 'sauvla' is not one of ...`.
    struct LocatedProblem: Sendable, Equatable, CustomStringConvertible {
        let line: Int?
        let key: String
        let message: String

        var description: String { (line.map { "\($0): " } ?? " ") + "\(key): \(message)" }
    }

    struct PipelineError: Error {
        let problems: [LocatedProblem]
    }

    /// - Throws: `PipelineError` with every problem found.
    static func parse(_ text: String) throws -> PipelineDefinition {
        let composed: Node?
        do {
            composed = try Yams.compose(yaml: text)
        } catch {
            throw PipelineError(problems: [LocatedProblem(line: nil, key: "(yaml)", message: "\(error)")])
        }
        guard let root = composed else {
            throw PipelineError(problems: [LocatedProblem(line: 1, key: "(file)", message: "the file is empty")])
        }
        var problems = unknownKeys(in: root)
        if problems.isEmpty {
            do {
                let definition = try YAMLDecoder().decode(PipelineDefinition.self, from: root)
                problems = definition.problems.map { LocatedProblem(line: line(of: $0.key, in: root), key: $0.key, message: $0.message) }
                if problems.isEmpty { return definition }
            } catch {
                problems = [describe(error, in: root)]
            }
        }
        throw PipelineError(problems: problems)
    }

    private static func unknownKeys(in root: Node) -> [LocatedProblem] {
        guard let top = root.mapping else {
            return [
                LocatedProblem(line: root.mark?.line, key: "(file)", message: "a pipeline is a mapping of sections (name, version, ...)")
            ]
        }
        var problems: [LocatedProblem] = []
        for (key, value) in top {
            let name = key.string ?? "?"
            guard PipelineDefinition.schema[""]?.contains(name) == true else {
                problems.append(unknown(name, line: key.mark?.line, known: PipelineDefinition.schema[""] ?? []))
                continue
            }
            guard let known = PipelineDefinition.schema[name], let section = value.mapping else { continue }
            for (inner, innerValue) in section {
                let innerName = "\(name).\(inner.string ?? "?")"
                guard known.contains(inner.string ?? "") else {
                    problems.append(unknown(innerName, line: inner.mark?.line, known: known))
                    continue
                }
                // A mapping (ocr.ladder), or a list of mappings (classify.rules): every item's keys are checked alike.
                guard let itemKeys = PipelineDefinition.schema[innerName],
                    let items = innerValue.sequence ?? innerValue.mapping.map({ _ in [innerValue] })
                else { continue }
                for item in items {
                    for (key, _) in item.mapping ?? [:] where !itemKeys.contains(key.string ?? "") {
                        problems.append(unknown("\(innerName).\(key.string ?? "?")", line: key.mark?.line, known: itemKeys))
                    }
                }
            }
        }
        return problems
    }

    private static func unknown(_ key: String, line: Int?, known: Set<String>) -> LocatedProblem {
        let leaf = key.split(separator: ".").last.map(String.init) ?? key
        let near = known.sorted().min { a, b in
            TextDistance.levenshtein(Array(a), Array(leaf)) < TextDistance.levenshtein(Array(b), Array(leaf))
        }
        let hint = near.map { TextDistance.levenshtein(Array($0), Array(leaf)) <= 3 ? "; did you mean '\($0)'?" : "" } ?? ""
        return LocatedProblem(line: line, key: key, message: "unknown key\(hint) (known: \(known.sorted().joined(separator: ", ")))")
    }

    /// The line of a dotted key, or of the nearest section that exists.
    private static func line(of dotted: String, in root: Node) -> Int? {
        var node = root
        var line = root.mark?.line
        for part in dotted.split(separator: ".") {
            guard let mapping = node.mapping, let entry = mapping.first(where: { $0.key.string == String(part) }) else { break }
            line = entry.key.mark?.line
            node = entry.value
        }
        return line
    }

    private static func describe(_ error: any Error, in root: Node) -> LocatedProblem {
        func dotted(_ path: [any CodingKey]) -> String { path.map(\.stringValue).joined(separator: ".") }
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            let section = dotted(context.codingPath)
            return LocatedProblem(
                line: line(of: section, in: root), key: dotted(context.codingPath + [key]), message: "missing (every key must be given)")
        case DecodingError.typeMismatch(let type, let context), DecodingError.valueNotFound(let type, let context):
            let key = dotted(context.codingPath)
            return LocatedProblem(line: line(of: key, in: root), key: key, message: "expected \(describe(type))")
        case DecodingError.dataCorrupted(let context):
            let key = dotted(context.codingPath)
            return LocatedProblem(line: line(of: key, in: root), key: key, message: "expected \(context.debugDescription)")
        default:
            return LocatedProblem(line: nil, key: "(file)", message: "\(error)")
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is Int.Type: "a whole number"
        case is Double.Type: "a number"
        case is Bool.Type: "true or false"
        case is String.Type: "text"
        default: "a mapping"
        }
    }
}
