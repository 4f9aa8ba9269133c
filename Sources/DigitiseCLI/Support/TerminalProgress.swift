import DigitiseCore
import Foundation
import Synchronization

/// Progress on standard error: one live line on a terminal, a log line every few seconds otherwise.
final class TerminalProgress: RunProgress {
    private struct State {
        var total = 0
        var done = 0
        var failed = 0
        var started: ContinuousClock.Instant?
        var lastPrint: ContinuousClock.Instant?
    }

    private let state = Mutex(State())
    private let live = Console.stderrIsTerminal
    private let clock = ContinuousClock()

    func ingested(documents: Int, of total: Int) {
        if live { Console.err("\r\u{1B}[2Kingest: \(documents)/\(total) documents") }
    }

    func preflight(_ report: PreflightReport) {
        if live { Console.err("\r\u{1B}[2K") }
        Console.err("ingested \(report.files) files, \(report.documents) documents, \(report.pages) pages\n")
        let failures = report.failures
        guard !failures.isEmpty else { return }
        Console.err("preflight: \(failures.count) problem(s); the rest goes on:\n")
        for problem in failures.prefix(20) { Console.err("  " + PreflightPrinter.line(problem) + "\n") }
        if failures.count > 20 { Console.err("  … and \(failures.count - 20) more (digitise check INBOX lists them all)\n") }
    }

    func started(pages: Int) {
        state.withLock {
            $0.total = pages
            $0.started = clock.now
        }
        if live { Console.err("\r\u{1B}[2K") }
        Console.err("reading \(pages) pages\n")
    }

    func pageFinished(_ status: PageStatus, label: String) {
        let update: (line: String, isLast: Bool)? = state.withLock { s in
            s.done += 1
            if status == .failed { s.failed += 1 }
            let now = clock.now
            let isLast = s.done == s.total
            let interval: Duration = live ? .milliseconds(200) : .seconds(5)
            guard isLast || s.lastPrint.map({ now - $0 >= interval }) ?? true else { return nil }
            s.lastPrint = now
            let seconds = s.started.map { (now - $0).inSeconds } ?? 0
            let rate = seconds > 0 ? Double(s.done) / seconds * 60 : 0
            let eta = rate > 0 ? Int(Double(s.total - s.done) / rate * 60) : 0
            let line = String(
                format: "pages %d/%d · %.1f pages/min · ETA %d:%02d · %d failed", s.done, s.total, rate, eta / 60, eta % 60, s.failed)
            return (line, isLast)
        }
        guard let update else { return }
        if live {
            Console.err("\r\u{1B}[2K" + update.line + (update.isLast ? "\n" : ""))
        } else {
            Console.err(update.line + "\n")
        }
    }
}
