import DigitiseCore
import Foundation

/// The morning summary of a run, for people.
struct SummaryPrinter {
    let archive: String

    func print(_ s: RunSummary) {
        let c = s.counts
        Console.out("digitise run \(s.inbox) → \(archive) (batch \(s.batch))")
        Console.out(
            "  files \(c.files) · documents \(c.documents) · pages \(c.pages): \(c.pagesDone) done, \(c.pagesBlank) blank, \(c.pagesFailed) failed"
                + (c.pagesUnreadable > 0 ? ", \(c.pagesUnreadable) unreadable (in review)" : "")
                + (c.pagesPending > 0 ? ", \(c.pagesPending) pending" : ""))
        Console.out(
            String(
                format: "  this run: %d pages in %.1f s (%.1f pages/min), %d from the memo", s.pagesProcessed, s.seconds, s.pagesPerMinute,
                s.pagesMemoised))
        if !c.failures.isEmpty {
            Console.out("  failures (\(c.pagesNotRead + c.inboxProblems)):")
            for f in c.failures { Console.out("    \(f.subject)  [\(f.stage) \(f.code)] \(f.message)") }
            if c.failures.count < c.pagesNotRead + c.inboxProblems {
                Console.out(
                    "    … and \(c.pagesNotRead + c.inboxProblems - c.failures.count) more: digitise show FILE-ID")
            }
        }
        let notices = s.problems.filter { !$0.isFailure }
        if !notices.isEmpty {
            Console.out(
                "  skipped (\(notices.count)): " + notices.prefix(5).map { "\($0.path) (\($0.message))" }.joined(separator: "; ")
                    + (notices.count > 5 ? "; …" : ""))
        }
        let status = ExitStatus(rawValue: s.exitStatus) ?? .internalError
        Console.out("result: \(status.meaning) (exit \(s.exitStatus))")
    }
}
