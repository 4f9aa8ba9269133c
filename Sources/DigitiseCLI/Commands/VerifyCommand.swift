import ArgumentParser
import DigitiseCore
import Foundation

/// `digitise verify`: fixity. Re-hashes stored objects and names what depends on any that changed.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Re-hash the archive's objects and report any that are missing or changed (fixity check).",
        discussion: """
            Every object is stored under its SHA-256; verify reads each one again and compares. A damaged or missing \
            object is reported with every personal file, document and page that depends on it, recorded as a \
            fixity event, and makes the exit code 4. Files in the store that the catalog does not know (left by a \
            crash) are listed too. It takes the archive's lock shared: never beside a run (exit 75, or --wait).

            With --slice K/N only the K-th of N slices is checked: run slice 1/30 on the 1st of the month, 2/30 on \
            the 2nd, ... and every object is checked once a month. Example cron line:
              0 6 * * *  digitise verify --slice "$(( $(date +\\%-d) % 30 + 1 ))/30" --archive /srv/archive
            """)

    @OptionGroup var archive: ArchiveOptions

    @Option(help: ArgumentHelp("Check only slice K of N (1 ≤ K ≤ N).", valueName: "K/N"))
    var slice: String?

    @Option(help: "Print the report as text or as JSON.")
    var format: OutputFormat = .text

    @Flag(help: "If a run is writing to the archive, wait for it to end instead of refusing (exit 75).")
    var wait = false

    func run() throws {
        let report = try CommandFailure.mapping { () throws -> FixityReport in
            var chosen = FixitySlice.all
            if let slice {
                guard let parsed = FixitySlice(slice) else {
                    throw CommandFailure(status: .usage, message: "--slice takes K/N with 1 ≤ K ≤ N, e.g. 3/30; got '\(slice)'")
                }
                chosen = parsed
            }
            let archive = try Archive.openForChecking(self.archive, command: "digitise verify", wait: wait)
            return try FixityChecker(store: archive.store, catalog: archive.catalog, agent: Version.program).verify(chosen)
        }
        switch format {
        case .json: Console.out(try JSON.encode(report))
        case .text:
            Console.out(
                String(
                    format: "verify slice %@: %d objects, %.1f MiB in %.1f s", report.slice, report.checked,
                    Double(report.bytes) / 1_048_576, report.seconds))
            for problem in report.problems {
                Console.out("  DAMAGED \(problem.object): \(problem.finding)")
                for dependent in problem.dependents { Console.out("    needed by \(dependent)") }
                if problem.dependents.isEmpty { Console.out("    needed by nothing the catalog knows") }
            }
            if let why = report.notRecorded {
                Console.out("  NOT RECORDED: the check's results could not be written to the catalog (\(why))")
            }
            for stray in report.strays { Console.out("  unknown to the catalog: \(stray) (left by an interrupted run; harmless)") }
            Console.out(
                report.isClean
                    ? "result: every object intact" : "result: \(report.problems.count) damaged object(s): restore them from a copy")
        }
        if !report.isClean { throw ExitCode(ExitStatus.checkFailed.rawValue) }
    }
}
