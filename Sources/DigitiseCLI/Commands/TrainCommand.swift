import ArgumentParser
import DigitiseCore
import DocumentClassifier
import Foundation

/// `digitise train CORPUS --out models/NAME.json`.
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train the asylum / personal-file classifier from a labelled corpus.",
        discussion: """
            CORPUS is a folder of .txt documents, each starting with a header line
              # label: asylum|personal-file; lang: lv|ru|en; kind: KIND; hard: yes|no[; template: ID]
            then a blank line and the text. `make model` writes the project's own corpus (digitise-corpus) and \
            trains models/classifier.json from it; the same corpus always gives the same model.

            --include-decisions adds the documents people decided in the archive (digitise review decide, or the \
            dashboard's review desk) whose text is still the one they decided on, labelled with their decision and \
            their text from the archive: each is a group of its own.

            A fifth of the template groups is held out of fitting to calibrate the probabilities on (Platt \
            scaling): a probability of 0.9 then means right nine times in ten on unseen wording.

            Examples:
              digitise train corpus/generated/train --out models/classifier.json
              digitise train corpus/generated/train --include-decisions --archive /srv/archive --out models/next.json
            """)

    @Argument(help: ArgumentHelp("The labelled corpus folder.", valueName: "CORPUS")) var corpus: String
    @Option(help: ArgumentHelp("Where to write the model (JSON).", valueName: "FILE")) var out: String
    @Option(help: "The model's name (its version is name@digest).") var name = "classifier"
    @Option(help: "Passes over the corpus.") var epochs = Trainer().epochs
    @Option(help: "Features kept (most widespread first).") var vocabulary = Trainer().vocabularySize
    @Option(help: "Features the kind model reads (the most widespread).") var kindVocabulary = Trainer().kindVocabularySize
    @Option(help: "AdaGrad's base learning rate.") var learningRate = Trainer().learningRate
    @Option(help: "L2 regularisation per update.") var l2 = Trainer().l2
    @Option(help: "A feature must occur in this many template groups.") var minGroups = Trainer().minGroupFrequency
    @Flag(help: "Add the documents people decided in the archive (--archive), labelled with their decisions.")
    var includeDecisions = false
    @OptionGroup var archive: ArchiveOptions

    func run() throws {
        try CommandFailure.mapping {
            var documents = try LabelledCorpus.load(corpus)
            var source = "\(documents.count) documents from \(corpus)"
            if includeDecisions {
                let decided = try DecidedDocuments.load(archive: archive)
                documents += decided
                source += " and \(decided.count) decided by people in \(archive.path)"
            }
            var trainer = Trainer()
            trainer.epochs = epochs
            trainer.vocabularySize = vocabulary
            trainer.kindVocabularySize = kindVocabulary
            trainer.learningRate = learningRate
            trainer.l2 = l2
            trainer.minGroupFrequency = minGroups
            let (model, report) = trainer.train(documents, name: name, trainedOn: source)
            do {
                try model.save(out)
            } catch {
                throw CommandFailure(status: .cannotWrite, message: "cannot write \(out): \(error)")
            }
            Console.out(
                "trained \(model.version) on \(report.fitted) documents, calibrated on \(report.calibratedOn) held out; "
                    + "\(report.vocabulary) features → \(out)")
        }
    }
}
