import ArgumentParser
import DigitiseCore
import Foundation
import PostgresCatalog

/// `digitise work`: one more worker on a catalog shared by many machines, reading what waits.
struct WorkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "work",
        abstract: "Read the pages waiting in a shared catalog (PostgreSQL), beside any number of other workers.",
        discussion: """
            Needs --catalog postgres://… (or DIGITISE_CATALOG) and --archive DIR, the object store every machine \
            reaches at the same path. Ingests nothing: `digitise run INBOX` on any machine takes an inbox in, and \
            every worker, `run` or `work`, reads the waiting pages. Pages are claimed a few at a time under a lease \
            kept alive by a heartbeat; a worker that dies costs its pages in hand until the lease runs out \
            (--lease-seconds), then another takes them over. A result that comes after its page was taken over is \
            refused, never written twice. The documents of the files a worker read are classified by it.

            Without --follow it ends when no page waits (held by others or not); with --follow it then waits for \
            new pages (LISTEN/NOTIFY) and reads them as they come, until stopped (SIGTERM or Ctrl-C finish the \
            pages in hand first).

              digitise work --catalog postgres://digitise@db.example/archive --archive /srv/archive --follow
            """)

    @OptionGroup var archive: ArchiveOptions

    @OptionGroup var pipeline: PipelineOptions

    @OptionGroup var workers: WorkerOptions

    @Flag(help: "When no page waits, wait for new ones instead of ending.")
    var follow = false

    @Option(help: "Print each pass's summary as text or as JSON (one object per line with --follow).")
    var format: OutputFormat = .text

    @Flag(help: "No progress line; the summary only.")
    var quiet = false

    @Flag(help: "If a command that needs the archive alone holds it, wait instead of refusing (exit 75).")
    var wait = false

    @Flag(help: ArgumentHelp("Read in this process, without a supervisor (for debugging and profiling)."))
    var unsupervised = false

    func run() throws {
        let location = try CommandFailure.mapping { () throws -> PostgresLocation in
            guard let location = try archive.catalog.postgres() else {
                throw CommandFailure(status: .usage, message: PendingWork.NotShared().description)
            }
            return location
        }
        let reading = SupervisedReading(archive: archive, pipeline: pipeline, workers: workers, command: "digitise work", wait: wait)
        let child = SupervisedChild.current
        guard unsupervised || child != nil else { return try reading.supervise() }
        child?.dieWithSupervisor()
        let progress: any RunProgress = quiet || format == .json ? SilentProgress() : TerminalProgress()
        let status = try reading.read(child: child) { context, _ -> Int32 in
            let signal: (any NewPagesSignal)? = follow ? try PostgresPagesSignal(location) : nil
            while true {
                let summary = try RunEngine(context).run(PendingWork(), progress: progress)
                report(summary)
                guard let signal, summary.stopped == nil else { return summary.exitStatus }
                // Until pages come, or a stop; once a minute the catalog is asked too (a notice missed costs no more).
                var seconds = 0
                while !signal.waitForNewPages(upTo: .seconds(1)) {
                    if context.control.stopReason != nil { return ExitStatus.interrupted.rawValue }
                    seconds += 1
                    if seconds % 60 == 0, (try context.leasing?.leases.pendingPageCount() ?? 0) > 0 { break }
                }
            }
        }
        if status != 0 { throw ExitCode(status) }
    }

    private func report(_ summary: WorkSummary) {
        switch format {
        case .json: Console.out((try? JSON.encode(summary, compact: true)) ?? "{}")
        case .text:
            Console.out(
                "digitise work (batch \(summary.batch)): read \(summary.pagesProcessed) page(s) of \(summary.files) file(s) in "
                    + String(format: "%.1f s", summary.seconds)
                    + (summary.resultsRefused > 0 ? ", \(summary.resultsRefused) result(s) refused (taken over)" : "")
                    + "; \(summary.pagesStillPending) page(s) still waiting")
        }
    }
}
