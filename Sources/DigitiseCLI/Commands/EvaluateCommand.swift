import ArgumentParser
import DigitiseCore
import DocumentClassifier
import Foundation

/// `digitise evaluate CORPUS --model M`.
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Measure a classifier model on a labelled corpus it was not trained on.",
        discussion: """
            Prints accuracy, precision / recall / F1 per class, the expected calibration error (ECE, ten bins of the \
            predicted class's probability), the confusion matrix, how many documents the pipeline's thresholds \
            send to review, and how many of the errors the review queue catches. The thresholds and rules are the \
            pipeline's (--pipeline), as in a run.

            Examples:
              digitise evaluate corpus/generated/test --model models/classifier.json
              digitise evaluate ../shared/corpus/classify-dev --model models/classifier.json --format json
            """)

    @Argument(help: ArgumentHelp("The labelled corpus folder.", valueName: "CORPUS")) var corpus: String
    @Option(help: ArgumentHelp("The model file.", valueName: "FILE")) var model: String
    @Option(help: ArgumentHelp("The pipeline whose thresholds and rules apply. Default: the built-in nightly.", valueName: "FILE"))
    var pipeline: String?
    @Option(help: "Print the figures as text or as JSON.") var format: OutputFormat = .text

    func run() throws {
        let evaluation = try CommandFailure.mapping { () throws -> Evaluation in
            let settings = try PipelineLoader.load(pipeline).classify
            let documents = try LabelledCorpus.load(corpus)
            let loaded: ClassifierModel
            do {
                loaded = try ClassifierModel.load(model)
            } catch {
                throw CommandFailure(status: .noInput, message: "cannot read the model \(model): \(error)")
            }
            return Evaluation.run(TextClassifier(model: loaded, settings: settings), on: documents)
        }
        switch format {
        case .json: Console.out(try JSON.encode(evaluation))
        case .text: print(evaluation)
        }
    }

    private func print(_ e: Evaluation) {
        Console.out("digitise evaluate \(corpus) --model \(model): \(e.documents) documents")
        Console.out(String(format: "  accuracy %.3f   ECE %.3f", e.accuracy, e.ece))
        Console.out(
            String(
                format: "  kind: right on %.3f of those reported, unknown on %.1f%%; the likeliest kind right on %.3f", e.kindAccuracy,
                e.kindUnknownShare * 100, e.kindAccuracyIfAlwaysGuessed))
        if let hard = e.hardAccuracy { Console.out(String(format: "  accuracy on hard cases %.3f", hard)) }
        Console.out(
            "  by language: "
                + e.accuracyByLanguage.sorted { $0.key < $1.key }.map { String(format: "%@ %.3f", $0.key, $0.value) }.joined(
                    separator: ", "))
        Console.out("  class           precision  recall   F1     support")
        for c in e.classes {
            Console.out(String(format: "  %-15@ %.3f      %.3f    %.3f  %d", c.class, c.precision, c.recall, c.f1, c.support))
        }
        Console.out("  confusion (rows true, columns predicted: asylum, personal-file):")
        Console.out("    asylum         \(e.confusion[0][0])  \(e.confusion[0][1])")
        Console.out("    personal-file  \(e.confusion[1][0])  \(e.confusion[1][1])")
        Console.out(
            String(
                format: "  review queue: %.1f%% of documents; catches %d of %d errors (%.0f%%)", e.reviewShare * 100,
                e.misclassifiedInReview,
                e.misclassified, e.reviewCatchRate * 100))
        for error in e.errors.prefix(20) { Console.out("    " + error) }
    }
}
