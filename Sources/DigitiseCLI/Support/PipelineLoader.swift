import DigitiseCore
import Foundation
import Yams

/// Reads a pipeline definition from YAML (`pipelines/NAME.yaml`).
enum PipelineLoader {
    static func load(_ path: String?) throws -> PipelineDefinition {
        guard let path else { return .nightly }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw CommandFailure(status: .noInput, message: "cannot read the pipeline file \(path)")
        }
        do {
            return try YAMLDecoder().decode(PipelineDefinition.self, from: text)
        } catch {
            throw CommandFailure(status: .usage, message: "the pipeline \(path) is not valid: \(describe(error))")
        }
    }

    private static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            "missing key '\((context.codingPath + [key]).map(\.stringValue).joined(separator: "."))'"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context),
            DecodingError.dataCorrupted(let context):
            "at '\(context.codingPath.map(\.stringValue).joined(separator: "."))': \(context.debugDescription)"
        default: "\(error)"
        }
    }
}
