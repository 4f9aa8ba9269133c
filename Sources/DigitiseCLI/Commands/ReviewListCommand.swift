import ArgumentParser
import DigitiseCore

/// `digitise review list`: the review queue, oldest first.
struct ReviewListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the documents waiting for review, oldest first, with why, the model's view and its explanation.",
        discussion: """
            The explanation names the model and the features and rules that pushed hardest (a positive weight \
            toward asylum, a negative one toward personal-file). Decide with digitise review decide, or on the \
            review desk of digitise serve (operators).
            """)

    @OptionGroup var archive: ArchiveOptions

    @Option(help: "Print as text or as JSON.")
    var format: OutputFormat = .text

    /// One queued document as `--format json` gives it.
    struct Entry: Encodable {
        let file: String
        let document: String
        let version: Int
        let reason: String
        let modelClass: String?
        let modelProbability: Double?
        let kind: String?
        let since: String
        let explanation: Classification.Explanation?

        enum CodingKeys: String, CodingKey {
            case file, document, version, reason, kind, since, explanation
            case modelClass = "model_class", modelProbability = "model_probability"
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(file, forKey: .file)
            try c.encode(document, forKey: .document)
            try c.encode(version, forKey: .version)
            try c.encode(reason, forKey: .reason)
            try c.encode(modelClass, forKey: .modelClass)
            try c.encode(modelProbability, forKey: .modelProbability)
            try c.encode(kind, forKey: .kind)
            try c.encode(since, forKey: .since)
            try c.encode(explanation, forKey: .explanation)
        }
    }

    func run() throws {
        let queue = try CommandFailure.mapping { try Archive.openForReading(archive).catalog.reviewQueue() }
        switch format {
        case .json:
            Console.out(
                try JSON.encode(
                    queue.map {
                        Entry(
                            file: $0.fileID.rawValue, document: $0.document, version: $0.version, reason: $0.reason,
                            modelClass: $0.modelClass?.rawValue, modelProbability: $0.modelProbability, kind: $0.kind?.rawValue,
                            since: $0.since, explanation: $0.explanation)
                    }))
        case .text:
            guard !queue.isEmpty else { return Console.out("the review queue is empty") }
            Console.out("\(queue.count) document(s) waiting for review, oldest first:")
            for item in queue {
                let model = item.modelClass.map { $0.rawValue + (item.modelProbability.map { String(format: " %.2f", $0) } ?? "") }
                Console.out("  \(item.fileID) \(item.document) (v\(item.version), since \(item.since)): model \(model ?? "none")")
                Console.out("      \(item.reason)")
                if let explanation = item.explanation {
                    let strongest = (explanation.rules + explanation.features).prefix(4).map {
                        String(format: "%@ %+.2f", $0.name, $0.weight)
                    }
                    Console.out("      \(explanation.model)" + (strongest.isEmpty ? "" : ": " + strongest.joined(separator: ", ")))
                }
            }
            Console.out("decide with: digitise review decide FILE-ID DOCUMENT --class asylum|personal-file --operator NAME")
        }
    }
}
