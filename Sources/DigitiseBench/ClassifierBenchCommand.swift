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
    @Option(
        name: .customLong("fold"),
        help: "A cross-validation fold: a corpus written with another --held-out-fold, with its own model.json (repeatable).")
    var folds: [String] = []

    func run() throws {
        let classifier = TextClassifier(model: try ClassifierModel.load(model), settings: PipelineDefinition.nightly.classify)
        let sets: [(String, String)] = [
            ("held-out templates (wording never seen in training)", corpus + "/test"),
            ("new fills of the training templates", corpus + "/test-fills"),
            ("../shared/corpus/classify-dev (independent, never trained on)", classifyDev),
        ].filter { FileManager.default.fileExists(atPath: $0.1) }
        let header = """
            | set | documents | accuracy | ECE | asylum P / R / F1 | personal-file P / R / F1 | hard cases | in review | errors caught by review | kind right (where reported) | kind unknown | likeliest kind right |
            |---|---:|---:|---:|---|---|---:|---:|---:|---:|---:|---:|

            """
        func row(_ name: String, _ e: Evaluation) -> String {
            func prf(_ c: Evaluation.ClassMetrics) -> String { String(format: "%.3f / %.3f / %.3f", c.precision, c.recall, c.f1) }
            return String(
                format: "| %@ | %d | %.3f | %.3f | %@ | %@ | %@ | %.1f%% | %d of %d (%.0f%%) | %.3f | %.1f%% | %.3f |\n", name, e.documents,
                e.accuracy, e.ece, prf(e.classes[0]), prf(e.classes[1]), e.hardAccuracy.map { String(format: "%.3f", $0) } ?? "–",
                e.reviewShare * 100, e.misclassifiedInReview, e.misclassified, e.reviewCatchRate * 100, e.kindAccuracy,
                e.kindUnknownShare * 100, e.kindAccuracyIfAlwaysGuessed)
        }
        var table = header
        var json: [String: Evaluation] = [:]
        for (name, folder) in sets {
            let e = Evaluation.run(classifier, on: try LabelledCorpus.load(folder))
            json[name] = e
            table += row(name, e)
        }
        if !folds.isEmpty {
            // The shipped model's own split is one fold; the others hold out another quarter of the templates each.
            var evaluations = [json[sets[0].0]].compactMap { $0 }
            table += "\nCross-validated by template: each fold's model trained without a quarter of the templates, measured on them.\n\n"
            table += header
            if let shipped = evaluations.first { table += row("fold 3 (the shipped model)", shipped) }
            for folder in folds {
                let fold = TextClassifier(
                    model: try ClassifierModel.load(folder + "/model.json"), settings: PipelineDefinition.nightly.classify)
                let e = Evaluation.run(fold, on: try LabelledCorpus.load(folder + "/test"))
                json["fold " + folder] = e
                evaluations.append(e)
                table += row("fold \(URL(fileURLWithPath: folder).lastPathComponent)", e)
            }
            func mean(_ value: (Evaluation) -> Double) -> Double { evaluations.map(value).reduce(0, +) / Double(evaluations.count) }
            func lowest(_ value: (Evaluation) -> Double) -> Double { evaluations.map(value).min() ?? 0 }
            let caught = evaluations.map(\.misclassifiedInReview).reduce(0, +), wrong = evaluations.map(\.misclassified).reduce(0, +)
            table += String(
                format:
                    "| **mean of %d folds** (lowest) | %d | %.3f (%.3f) | %.3f | | | | %.1f%% (highest %.1f%%) | %d of %d (%.0f%%) | %.3f (%.3f) | %.1f%% | %.3f |\n",
                evaluations.count, evaluations.map(\.documents).reduce(0, +), mean(\.accuracy), lowest(\.accuracy), mean(\.ece),
                mean(\.reviewShare) * 100, evaluations.map(\.reviewShare).max()! * 100, caught, wrong,
                wrong == 0 ? 100 : Double(caught) / Double(wrong) * 100, mean(\.kindAccuracy), lowest(\.kindAccuracy),
                mean(\.kindUnknownShare) * 100, mean(\.kindAccuracyIfAlwaysGuessed))
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
