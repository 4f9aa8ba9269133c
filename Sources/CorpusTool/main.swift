import ArgumentParser
import DigitiseCore
import Foundation

/// `digitise-corpus`: writes the project's labelled training and test corpus from its own fictional templates
/// (`corpus/templates`: data, not code).
///
/// The split is by template: the test documents come from templates the training never saw (a quarter of each
/// label's templates), so the figures measure new wording, not new names in old sentences. Each document carries
/// its template as `template:` in the header; `digitise train` keeps templates on one side of its calibration
/// split too. Clean and noisy (OCR-like) versions of the same template never straddle a split.
///
/// A second test set, `test-fills/`, holds new documents from the training templates (other people, numbers and
/// noise, never a training document): it measures what the nightly run meets most, known forms filled anew.
struct CorpusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "digitise-corpus",
        abstract: "Write the labelled training and test corpus (train/, test/) from the project's templates.")

    @Option(help: "The folder of template files (corpus/templates/README.md says their format).") var templates = "corpus/templates"
    @Option(help: "The folder to write train/ and test/ into (emptied first).") var out = "corpus/generated"
    @Option(help: "Documents per template.") var perTemplate = 24
    @Option(help: "Seed: the same seed writes the same corpus.") var seed: UInt64 = 20_261_129
    @Option(
        help: "Which quarter of each label's and language's templates is held out (0-3): the four together cross-validate by template."
    ) var heldOutFold = 3

    func validate() throws {
        guard (0...3).contains(heldOutFold) else { throw ValidationError("--held-out-fold is 0, 1, 2 or 3") }
    }

    func run() throws {
        let templates: [Template]
        do {
            templates = try TemplateFile.templates(in: self.templates)
        } catch let problem as TemplateFile.Problem {
            throw ValidationError("\(problem)")
        }
        try? FileManager.default.removeItem(atPath: out)
        var random = SeededRandom(seed: seed)
        var filler = SlotFiller(random: SeededRandom(seed: seed ^ 0x5eed))
        // Hold out every fourth template of each label and language, so both sides cover every language and label.
        var counters: [String: Int] = [:]
        var written = (train: 0, test: 0, fills: 0)
        for (number, template) in templates.enumerated() {
            let group = "\(template.label)-\(template.language)"
            let position = counters[group, default: 0]
            counters[group] = position + 1
            let isTest = position % 4 == heldOutFold
            let side = isTest ? "test" : "train"
            try FileManager.default.createDirectory(atPath: "\(out)/\(side)", withIntermediateDirectories: true)
            let fills = isTest ? 0 : perTemplate / 4
            for copy in 0..<(perTemplate + fills) {
                let side = copy >= perTemplate ? "test-fills" : side
                try FileManager.default.createDirectory(atPath: "\(out)/\(side)", withIntermediateDirectories: true)
                // A third clean, the rest with OCR noise from light to heavy.
                let strength = copy % 3 == 0 ? 0 : [0.01, 0.03, 0.06][copy % 3 == 1 ? copy % 2 : 2]
                let text = OCRNoise(strength: strength).apply(filler.fill(template), random: &random)
                let header =
                    "# label: \(template.label); lang: \(template.language); kind: \(template.kind); hard: \(template.hard ? "yes" : "no"); template: t\(number)"
                let name = String(format: "%@/%@/t%03d-%02d_%@_%@.txt", out, side, number, copy, template.language, template.kind)
                try (header + "\n\n" + text).write(toFile: name, atomically: true, encoding: .utf8)
                if side == "train" { written.train += 1 } else if side == "test" { written.test += 1 } else { written.fills += 1 }
            }
        }
        print(
            "\(templates.count) templates → \(written.train) training documents, \(written.test) test documents from held-out templates, "
                + "\(written.fills) test documents from training templates, in \(out)")
    }
}

CorpusCommand.main()
