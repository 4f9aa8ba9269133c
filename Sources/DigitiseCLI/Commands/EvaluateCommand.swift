import ArgumentParser
import DigitiseCore
import DocumentClassifier
import Foundation

/// `digitise evaluate CORPUS --model M`, or `digitise evaluate --decisions --model M`: against what people decided.
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Measure a classifier model on a labelled corpus it was not trained on, or against what people decided.",
        discussion: """
            Prints accuracy, precision / recall / F1 per class, the expected calibration error (ECE, ten bins of the \
            predicted class's probability), the confusion matrix, how many documents the pipeline's thresholds \
            send to review, and how many of the errors the review queue catches. The thresholds and rules are the \
            pipeline's (--pipeline), as in a run.

            With --decisions instead of CORPUS, the model is measured against the documents people decided in the \
            archive (--archive) whose text is unchanged since: its agreement with them, and for each review \
            threshold how many of those documents it would have decided alone (saved from the queue) and how many \
            of those it would have got wrong. The queue holds the hard cases, so agreement here reads lower than \
            accuracy on a corpus: compare it from one model to the next.

            Examples:
              digitise evaluate corpus/generated/test --model models/classifier.json
              digitise evaluate ../shared/corpus/classify-dev --model models/classifier.json --format json
              digitise evaluate --decisions --archive /srv/archive --model models/classifier.json
            """)

    @Argument(help: ArgumentHelp("The labelled corpus folder (or --decisions).", valueName: "CORPUS")) var corpus: String?
    @Flag(help: "Measure against the decisions people made in the archive (--archive) instead of a corpus.") var decisions = false
    @OptionGroup var archive: ArchiveOptions
    @Option(help: ArgumentHelp("The model file.", valueName: "FILE")) var model: String
    @Option(help: ArgumentHelp("The pipeline whose thresholds and rules apply. Default: the built-in nightly.", valueName: "FILE"))
    var pipeline: String?
    @Option(help: "Print the figures as text or as JSON.") var format: OutputFormat = .text

    /// What `--decisions --format json` prints.
    struct DecisionsReport: Encodable {
        let savings: QueueSavings
        let evaluation: Evaluation
        enum CodingKeys: String, CodingKey { case savings = "queue_savings", evaluation }
    }

    func validate() throws {
        guard (corpus != nil) != decisions else {
            throw ValidationError("give a labelled corpus folder, or --decisions to measure against the archive's decisions (not both)")
        }
    }

    func run() throws {
        let (classifier, documents) = try CommandFailure.mapping { () throws -> (TextClassifier, [LabelledDocument]) in
            let settings = try PipelineLoader.load(pipeline).classify
            let documents = try corpus.map(LabelledCorpus.load) ?? DecidedDocuments.load(archive: archive)
            let loaded: ClassifierModel
            do {
                loaded = try ClassifierModel.load(model)
            } catch {
                throw CommandFailure(status: .noInput, message: "cannot read the model \(model): \(error)")
            }
            guard !documents.isEmpty || !decisions else {
                throw CommandFailure(
                    status: .noInput,
                    message:
                        "no decision in \(archive.path) still stands on its text: people decide with digitise review decide, or on the review desk of digitise serve"
                )
            }
            return (TextClassifier(model: loaded, settings: settings), documents)
        }
        let evaluation = Evaluation.run(classifier, on: documents)
        guard decisions else {
            switch format {
            case .json: Console.out(try JSON.encode(evaluation))
            case .text: print(evaluation)
            }
            return
        }
        let savings = QueueSavings.run(classifier, on: documents)
        switch format {
        case .json: Console.out(try JSON.encode(DecisionsReport(savings: savings, evaluation: evaluation)))
        case .text: print(savings)
        }
    }

    private func print(_ s: QueueSavings) {
        Console.out("digitise evaluate --decisions (\(archive.path)) --model \(model): \(s.decisions) decision(s) that still stand")
        Console.out(
            String(
                format: "  the model agrees with the people on %.3f (%d of %d)", s.agreement,
                Int((s.agreement * Double(s.decisions)).rounded()), s.decisions))
        Console.out("  threshold  decided alone (saved from the queue)  of them against the people")
        for point in s.points {
            Console.out(
                String(format: "  %9.2f  %36d  %26d", point.threshold, point.saved, point.wrong))
        }
    }

    private func print(_ e: Evaluation) {
        Console.out("digitise evaluate \(corpus ?? "--decisions") --model \(model): \(e.documents) documents")
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
