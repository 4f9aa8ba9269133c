import DigitiseCore
import Testing

@testable import DocumentClassifier

/// The model on a small made-up corpus: it learns, it is calibrated on held-out groups, rules move it, and the
/// same corpus gives the same model.
@Suite struct ClassifierTests {
    static let asylumPhrases = [
        "pieteikums patvēruma saņemšanai bēgļa statuss vajāšana", "интервью по делу о предоставлении убежища преследование",
        "decision on refugee status alternative status persecution", "Dublin transfer take charge request member state responsible",
        "appeal against the decision to refuse asylum", "alternatīvais statuss piešķirts patvēruma meklētājs",
    ]
    static let personalPhrases = [
        "uzturēšanās atļaujas pieteikums darba devējs", "заявление на вид на жительство работодатель зарплата",
        "employment contract salary working hours employer", "dzīvesvietas deklarācija adrese īpašnieks",
        "birth certificate parents registry office", "visa application invitation hotel travel dates",
    ]

    static func corpus(size: Int) -> [LabelledDocument] {
        var random = SeededRandom(seed: 7)
        return (0..<size).map { i in
            let asylum = i % 2 == 0
            let phrases = asylum ? asylumPhrases : personalPhrases
            let filler = ["Rīga", "2019", "Jānis", "iesniegums", "document", "дата", "iela", "nr."]
            var words: [String] = []
            for _ in 0..<4 { words.append(phrases[Int(random.next() % UInt64(phrases.count))]) }
            for _ in 0..<6 { words.append(filler[Int(random.next() % UInt64(filler.count))]) }
            return LabelledDocument(
                file: "d\(i)", label: asylum ? .asylum : .personalFile, language: "lv",
                kind: asylum ? "asylum-application" : "residence-permit-application", hard: false, group: "g\(i % 40)",
                text: words.joined(separator: " "))
        }
    }

    static let settings = PipelineDefinition.nightly.classify

    @Test func itLearnsTheClassesAndIsReproducible() {
        var trainer = Trainer()
        trainer.epochs = 6
        let documents = Self.corpus(size: 200)
        let (model, report) = trainer.train(documents, name: "t", trainedOn: "test")
        #expect(report.fitted + report.calibratedOn == 200)
        #expect(report.calibratedOn > 0)
        let evaluation = Evaluation.run(TextClassifier(model: model, settings: Self.settings), on: Self.corpus(size: 60))
        #expect(evaluation.accuracy > 0.95, "\(evaluation.errors)")
        #expect(evaluation.ece < 0.2)
        let (again, _) = trainer.train(documents, name: "t", trainedOn: "test")
        #expect(again.version == model.version)
        #expect(again.classWeights == model.classWeights)
    }

    @Test func theDecisionIsExplainedAndTheKindFollowsTheClass() {
        var trainer = Trainer()
        trainer.epochs = 6
        let (model, _) = trainer.train(Self.corpus(size: 200), name: "t", trainedOn: "test")
        let c = TextClassifier(model: model, settings: Self.settings).classify("pieteikums patvēruma saņemšanai, bēgļa statuss")
        #expect(c.documentClass == .asylum)
        #expect(
            model.likeliestKind(model.vector("pieteikums patvēruma saņemšanai, bēgļa statuss"), for: .asylum).kind.map {
                $0.isAsylumDocumentation || $0 == .other
            } == true)
        #expect(!c.explanation.features.isEmpty)
        #expect(c.explanation.features.allSatisfy { $0.weight > 0 }, "features pushing toward asylum")
        #expect(c.explanation.model == model.version)
    }

    @Test func aRuleAddsItsWeightButDoesNotDecideAlone() {
        var trainer = Trainer()
        trainer.epochs = 6
        let (model, _) = trainer.train(Self.corpus(size: 200), name: "t", trainedOn: "test")
        let text = Self.personalPhrases.joined(separator: " ") + ", Regulation (EU) No 604/2013"
        let withoutRules = TextClassifier(
            model: model,
            settings: {
                var s = Self.settings; s.rules = []; return s
            }()
        ).classify(text)
        let withRules = TextClassifier(model: model, settings: Self.settings).classify(text)
        #expect(withRules.explanation.rules.map(\.name) == ["dublin-regulation"])
        #expect(withoutRules.documentClass == .personalFile)
        #expect((withoutRules.probability ?? 0) > 0.95, "the premise: strong evidence for personal-file")
        #expect(withRules.documentClass == .personalFile, "one rule of weight 1.5 does not overturn strong evidence")
        #expect((withRules.probability ?? 1) < (withoutRules.probability ?? 0))
    }

    @Test func plattScalingRecoversAKnownCalibration() {
        // Labels drawn with P(asylum) = σ(2z - 1): the fit must find a ≈ 2, b ≈ -1.
        var random = SeededRandom(seed: 3)
        var logits: [Double] = [], labels: [Bool] = []
        for _ in 0..<20_000 {
            let z = Double(random.next() % 2_000) / 250 - 4
            let p = ClassifierModel.sigmoid(2 * z - 1)
            logits.append(z)
            labels.append(Double(random.next() % 1_000_000) / 1_000_000 < p)
        }
        let (a, b) = Trainer.platt(logits: logits, labels: labels)
        #expect(abs(a - 2) < 0.15, "a = \(a)")
        #expect(abs(b + 1) < 0.15, "b = \(b)")
    }

    @Test func corpusFilesAreParsedAndSplitByGroup() throws {
        let d = try LabelledCorpus.parse("# label: asylum; lang: ru; kind: appeal; hard: yes; template: t7\n\nЖалоба", file: "x.txt")
        #expect(d.label == .asylum && d.language == "ru" && d.kind == "appeal" && d.hard && d.group == "t7" && d.text == "Жалоба")
        #expect(throws: LabelledCorpus.CorpusError.self) { try LabelledCorpus.parse("no header\n\ntext", file: "y.txt") }
        let (a, b) = LabelledCorpus.split(Self.corpus(size: 200), share: 0.25, salt: "s")
        #expect(Set(a.map(\.group)).isDisjoint(with: Set(b.map(\.group))))
        #expect(!a.isEmpty && !b.isEmpty)
    }

    @Test func aPersonalFileDecisionNamingTheAsylumProcedureGoesToReview() {
        var trainer = Trainer()
        trainer.epochs = 6
        let (model, _) = trainer.train(Self.corpus(size: 200), name: "t", trainedOn: "test")
        let text =
            Self.personalPhrases.joined(separator: " ") + " uzturēšanās atļauja izsniegta, pamatojoties uz alternatīvā statusa piešķiršanu"
        let flagged = TextClassifier(model: model, settings: Self.settings).classify(text)
        let plain = TextClassifier(
            model: model,
            settings: {
                var s = Self.settings; s.personalFileReviewConcepts = []; return s
            }()
        ).classify(text)
        #expect(plain.documentClass == .personalFile && !plain.needsReview, "the model alone is confident")
        #expect(flagged.documentClass == .personalFile)
        #expect(flagged.needsReview)
        #expect(flagged.reviewReason?.contains("alternative-status") == true)
        #expect(flagged.probability == plain.probability, "the probability is the model's; only the review changes")
        #expect(
            TextClassifier(model: model, settings: Self.settings).identity
                != TextClassifier(
                    model: model,
                    settings: {
                        var s = Self.settings; s.personalFileReviewConcepts = []; return s
                    }()
                ).identity, "the review concepts are in the derivation key")
    }

    @Test func theKindThresholdIsTheLowestThatKeepsGuessesRightOftenEnough() {
        let guesses: [(probability: Double, right: Bool)] = [
            (0.95, true), (0.9, true), (0.8, false), (0.7, true), (0.6, false), (0.5, false),
        ]
        #expect(Trainer.threshold(guesses, precision: 1.0) == 0.9)
        #expect(Trainer.threshold(guesses, precision: 0.75) == 0.7)
        #expect(Trainer.threshold(guesses, precision: 0.55) == 0.6)
        #expect(Trainer.threshold(guesses, precision: 0.5) == 0.5, "three right of six is a half")
        #expect(Trainer.threshold([(0.9, false)], precision: 0.8) == 1, "none good enough: every kind unknown")
    }

    @Test func belowTheKindThresholdTheKindIsUnknownNotGuessed() {
        var trainer = Trainer()
        trainer.epochs = 6
        var (model, _) = trainer.train(Self.corpus(size: 200), name: "t", trainedOn: "test")
        let text = "pieteikums patvēruma saņemšanai, bēgļa statuss"
        let guess = model.likeliestKind(model.vector(text), for: .asylum)
        #expect(guess.kind != nil)
        model.kindThreshold = guess.probability + 0.001
        #expect(TextClassifier(model: model, settings: Self.settings).classify(text).kind == nil)
        model.kindThreshold = guess.probability
        #expect(TextClassifier(model: model, settings: Self.settings).classify(text).kind == guess.kind)
    }
}
