import ArgumentParser
import DigitiseCore

/// `digitise check INBOX`: the preflight, before the night starts.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check an inbox before a run: read every file's header and list each problem (file, reason).",
        discussion: """
            Reads only headers (no pixels, no OCR), stores and changes nothing, and needs no archive: an inbox of \
            thousands of files is checked in seconds. It finds what `digitise run` would record as failed at ingest:
            bad file IDs, symlinks leaving the inbox, empty or truncated files, files that are not images whatever \
            their name, pages too large to decode safely (--pipeline sets the limit), broken TIFF directories. \
            Pages that pass can still fail later (a corrupt image body, an OCR deadline).

            Exit 0 when there is no problem, 2 when there are (a run would be partial), 66 when INBOX is missing.

            Example:  digitise check /scans/inbox && digitise run /scans/inbox
            """)

    @Argument(help: ArgumentHelp("The inbox folder.", valueName: "INBOX"))
    var inbox: String

    @Option(help: ArgumentHelp("The pipeline whose limits apply (YAML). Default: the built-in nightly.", valueName: "FILE"))
    var pipeline: String?

    @Option(help: "Print the report as text or as JSON.")
    var format: OutputFormat = .text

    func run() throws {
        let report = try CommandFailure.mapping { () throws -> PreflightReport in
            let definition = try PipelineLoader.load(pipeline)
            return try Preflight(reader: Composition.inboxReader, decoder: Composition.decoder, limits: definition.decodeLimits).check(
                inbox: inbox)
        }
        switch format {
        case .json: Console.out(try JSON.encode(report))
        case .text: PreflightPrinter.print(report)
        }
        if !report.failures.isEmpty { throw ExitCode(ExitStatus.partial.rawValue) }
    }
}
