import ArgumentParser
import DigitiseCore
import DocumentClassifier
import Foundation

/// `digitise-bench classifier`: the classifier's figures on every held-out set, into BENCHMARKS.md.
struct ClassifierBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "classifier", abstract: "Evaluate a classifier model on the held-out sets and write the figures to BENCHMARKS.md.")

    @Option(help: "The model.") var model = "models/classifier.json"
    @Option(help: "The generated corpus (train/, test/, test-fills/).") var corpus = "corpus/generated"
    @Option(help: "The independent validation set (skipped when missing).") var classifyDev = "../shared/corpus/classify-dev"
    @Option(help: "The file whose classifier section is rewritten.") var report = "BENCHMARKS.md"
    @Option(help: "Where the JSON results go.") var results = "bench/results"

    func run() throws {
        let classifier = TextClassifier(model: try ClassifierModel.load(model), settings: PipelineDefinition.nightly.classify)
        let sets: [(String, String)] = [
            ("held-out templates (wording never seen in training)", corpus + "/test"),
            ("new fills of the training templates", corpus + "/test-fills"),
            ("../shared/corpus/classify-dev (independent, never trained on)", classifyDev),
        ].filter { FileManager.default.fileExists(atPath: $0.1) }
        var table = """
            | set | documents | accuracy | ECE | asylum P / R / F1 | personal-file P / R / F1 | hard cases | in review | errors caught by review |
            |---|---:|---:|---:|---|---|---:|---:|---:|

            """
        var json: [String: Evaluation] = [:]
        for (name, folder) in sets {
            let e = Evaluation.run(classifier, on: try LabelledCorpus.load(folder))
            json[name] = e
            func prf(_ c: Evaluation.ClassMetrics) -> String { String(format: "%.3f / %.3f / %.3f", c.precision, c.recall, c.f1) }
            table += String(
                format: "| %@ | %d | %.3f | %.3f | %@ | %@ | %@ | %.1f%% | %d of %d (%.0f%%) |\n", name, e.documents, e.accuracy, e.ece,
                prf(e.classes[0]), prf(e.classes[1]), e.hardAccuracy.map { String(format: "%.3f", $0) } ?? "–", e.reviewShare * 100,
                e.misclassifiedInReview, e.misclassified, e.reviewCatchRate * 100)
        }
        print(table)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try FileManager.default.createDirectory(atPath: results, withIntermediateDirectories: true)
        try encoder.encode(json).write(to: URL(fileURLWithPath: results + "/classifier-latest.json"))
        try ResultsWriter(results: results, report: report).replaceSection(
            "classifier",
            with: [
                "Measured \(ResultsWriter.stamp) by `make model` (`.build/release/digitise-bench classifier`), model \(classifier.model.version),",
                "the nightly pipeline's thresholds (\(PipelineDefinition.nightly.classify.asylumThreshold)) and rules. Raw figures: `bench/results/classifier-latest.json`.",
                "", table,
            ].joined(separator: "\n"))
    }
}
