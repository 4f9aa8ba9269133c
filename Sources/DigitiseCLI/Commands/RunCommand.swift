import ArgumentParser
import DigitiseCore
import Foundation

/// `digitise run INBOX`: the nightly job.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Ingest an inbox of scans into the archive: store, read (OCR) and index every page.",
        discussion: """
            INBOX holds one folder per personal file (its name is the file ID, e.g. PF-2019-004512). In it, each \
            image file (TIFF, PNG, JPEG; a multi-page TIFF counts as one document) or each folder of page images \
            (taken in natural order: 2 before 10) is one document. The inbox is never modified.

            Every original is kept bit-exact, whatever happens to it later. A page that cannot be read is recorded \
            with its reason and the run goes on; the exit code is then 2 (partial). When more than the pipeline's \
            share of pages fails (a broken scanner), the run stops with exit 3. Ctrl-C finishes the pages in hand \
            and exits 130. Running again over the same inbox redoes nothing; an interrupted run is resumed.

            The pages are read by a child process this one supervises: if a C library crashes on a page (or a page \
            hangs longer than batch.page_watchdog_seconds), the child is restarted and reads the pages it held first, \
            one at a time; a page in hand at two such ends is failed (reader.crashed, reader.hung), the night goes on.

            Pipelines: pipelines/nightly.yaml (the default), pipelines/fast.yaml (clean upright scans, speed first), \
            pipelines/archival.yaml (difficult material, quality first).
            """)

    @Argument(help: ArgumentHelp("The inbox folder.", valueName: "INBOX"))
    var inbox: String

    @OptionGroup var archive: ArchiveOptions

    @OptionGroup var pipeline: PipelineOptions

    @OptionGroup var workers: WorkerOptions

    @Option(help: "Print the summary as text or as JSON.")
    var format: OutputFormat = .text

    @Flag(help: "No progress line or log; the summary only.")
    var quiet = false

    @Flag(help: "If another run holds the archive, wait for it instead of refusing (exit 75).")
    var wait = false

    @Flag(
        help: ArgumentHelp(
            "Read in this process, without a supervisor: a crash in a C library then ends the run (for debugging and profiling)."
        ))
    var unsupervised = false

    func run() throws {
        let reading = SupervisedReading(
            archive: archive, pipeline: pipeline, workers: workers, command: "digitise run \(inbox)", wait: wait)
        let child = SupervisedChild.current
        guard unsupervised || child != nil else { return try reading.supervise() }
        child?.dieWithSupervisor()
        let progress: any RunProgress = quiet || format == .json ? SilentProgress() : TerminalProgress()
        let summary = try reading.read(child: child) { context, _ in
            try RunEngine(context).run(InboxWork(inbox: inbox, reader: Composition.inboxReader), progress: progress)
        }
        switch format {
        case .json: Console.out(try JSON.encode(summary))
        case .text: SummaryPrinter(archive: archive.path).print(summary)
        }
        if summary.exitStatus != 0 { throw ExitCode(summary.exitStatus) }
    }
}
