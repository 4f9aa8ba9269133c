import DigitiseCore
import DocumentClassifier
import Foundation

/// Finds and loads the pipeline's classifier model.
enum ClassifierLoader {
    /// A relative model path is looked for in the working folder, then beside the pipeline file's folder
    /// (`pipelines/../models/...`), then beside the program's checkout (`.build/release/../../models/...`), so the
    /// built-in pipeline works from anywhere on a machine where the program was built.
    static func load(_ settings: PipelineDefinition.Classify, pipelineFile: String?) throws -> TextClassifier {
        let path = try locate(settings.model, pipelineFile: pipelineFile)
        do {
            return TextClassifier(model: try ClassifierModel.load(path), settings: settings)
        } catch {
            throw CommandFailure(
                status: .missingDependency, message: "the classifier model \(path) cannot be read (\(error)); `make model` rebuilds it")
        }
    }

    static func locate(_ model: String, pipelineFile: String?) throws -> String {
        var candidates = [model]
        if !model.hasPrefix("/") {
            if let pipelineFile {
                let folder = URL(fileURLWithPath: pipelineFile).deletingLastPathComponent()
                candidates.append(folder.appendingPathComponent(model).path)
                candidates.append(folder.deletingLastPathComponent().appendingPathComponent(model).path)
            }
            var folder = URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? "/")
            for _ in 0..<4 {
                folder.deleteLastPathComponent()
                candidates.append(folder.appendingPathComponent(model).path)
            }
        }
        guard let found = candidates.first(where: { FileManager.default.isReadableFile(atPath: $0) }) else {
            throw CommandFailure(
                status: .missingDependency,
                message: "the classifier model \(model) was not found (looked in: \(candidates.joined(separator: ", "))); "
                    + "`make model` builds it, or set classify.model in the pipeline")
        }
        return found
    }
}
