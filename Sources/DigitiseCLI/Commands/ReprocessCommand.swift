import ArgumentParser
import DigitiseCore
import Foundation

/// `digitise reprocess FILE-ID`: redo one personal file after a rescan or a better pipeline.
struct ReprocessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reprocess",
        abstract: "Redo one personal file from its stored originals; keep the old version and show what changed.",
        discussion: """
            Works from the originals kept in the archive: the inbox may be gone. Every document of the file gets a new \
            version; the previous one stays (digitise events FILE-ID lists both). For each document it prints the \
            status and class before and after, and how much the text changed: CER of the new text against the old \
            (0 = identical), with the number of pages whose text differs.

            Without --from, only what the pipeline would derive differently is redone (a new pipeline version, other \
            languages, a newer Tesseract), and pages that failed are tried again. --from STAGE redoes that stage and \
            every later one for every page, whatever the memo holds.

            Examples:
              digitise reprocess PF-2019-004512 --pipeline pipelines/archival.yaml
              digitise reprocess PF-2019-004512 --from ocr --operator "A. Ozola" --format json

            Exit 0 when every document is done, 2 when some page failed, 66 for an unknown FILE-ID, 75 while a run \
            holds the archive (--wait waits for it).
            """)

    @Argument(help: ArgumentHelp("The personal file's ID, e.g. PF-2019-004512.", valueName: "FILE-ID"))
    var fileID: String

    @OptionGroup var archive: ArchiveOptions

    @Option(help: ArgumentHelp("Redo from this stage on, ignoring the memo: normalise, ocr or classify.", valueName: "STAGE"))
    var from: ReprocessStage?

    @OptionGroup var pipeline: PipelineOptions

    @Option(help: ArgumentHelp("Who asks for it (recorded in the event). Default: the login name.", valueName: "NAME"))
    var `operator`: String?

    @OptionGroup var workers: WorkerOptions

    @Option(help: "Print the result as text or as JSON.")
    var format: OutputFormat = .text

    @Flag(help: "If a run holds the archive, wait for it instead of refusing (exit 75).")
    var wait = false

    enum ReprocessStage: String, ExpressibleByArgument, CaseIterable {
        case normalise, ocr, classify
        var stage: Stage { Stage(rawValue: rawValue)! }
    }

    func validate() throws {
        guard FileID(validating: fileID) != nil else {
            throw ValidationError("'\(fileID)' is not a file ID (letters, digits, '.', '_' and '-', e.g. PF-2019-004512)")
        }
    }

    func run() throws {
        let summary = try CommandFailure.mapping { () throws -> ReprocessSummary in
            let control = RunControl()
            let trap = SignalTrap(stopping: control)
            defer { withExtendedLifetime(trap) {} }
            let (context, opened) = try Composition.runContext(pipeline, workers: workers, control: control) {
                try Archive.openForWriting(self.archive, command: "digitise reprocess \(fileID)", wait: wait)
            }
            let person = `operator` ?? ProcessInfo.processInfo.environment["USER"] ?? ProcessInfo.processInfo.userName
            let work = FileWork(file: FileID(validating: fileID)!, from: from?.stage, person: person, reader: opened.catalog)
            do {
                return try withExtendedLifetime(opened) {
                    try RunEngine(context).run(work, progress: format == .json ? SilentProgress() : TerminalProgress())
                }
            } catch is FileWork.UnknownFile {
                throw CommandFailure(
                    status: .noInput,
                    message: "the archive \(self.archive.path) holds no personal file \(fileID) (digitise search finds files)")
            }
        }
        switch format {
        case .json: Console.out(try JSON.encode(summary))
        case .text: print(summary)
        }
        if summary.exitStatus != 0 { throw ExitCode(summary.exitStatus) }
    }

    private func print(_ s: ReprocessSummary) {
        Console.out(
            "digitise reprocess \(s.file) → \(archive.path) (batch \(s.batch), \(s.pipeline), "
                + "\(s.from.map { "from \($0.rawValue)" } ?? "what changed"), operator \(s.person))")
        Console.out("  \(s.pagesProcessed) page(s) redone")
        for d in s.documents {
            var line = "  \(d.name)  v\(d.previousVersion) → v\(d.version)  \(d.previousStatus) → \(d.status)"
            if d.previousClass != nil || d.documentClass != nil {
                line +=
                    "  class \(Self.describe(d.previousClass, d.previousProbability)) → \(Self.describe(d.documentClass, d.probability))"
            }
            line += String(format: "  text: %d of %d page(s) changed, CER %.4f", d.pagesChanged, d.pages, d.textCER)
            Console.out(line)
        }
        let status = ExitStatus(rawValue: s.exitStatus) ?? .internalError
        Console.out("result: \(status.meaning) (exit \(s.exitStatus)); the previous versions are kept")
    }

    private static func describe(_ documentClass: String?, _ probability: Double?) -> String {
        guard let documentClass else { return "none" }
        return documentClass + (probability.map { String(format: " (%.2f)", $0) } ?? "")
    }
}
