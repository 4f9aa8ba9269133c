import DigitiseCore

/// A preflight report for people: one line per problem, the file first.
enum PreflightPrinter {
    static func line(_ p: PreflightProblem) -> String {
        "\(p.path)\(p.page.map { " page \($0)" } ?? "")  [\(p.code)] \(p.message)"
    }

    static func print(_ report: PreflightReport) {
        Console.out("digitise check \(report.inbox)")
        Console.out("  files \(report.files) · documents \(report.documents) · pages \(report.pages)")
        let failures = report.failures
        let notices = report.problems.filter { !$0.isFailure }
        if failures.isEmpty {
            Console.out("  no problems: every page's header is readable")
        } else {
            Console.out("  problems (\(failures.count)): a run records each with this reason and goes on")
            for p in failures { Console.out("    " + line(p)) }
        }
        if !notices.isEmpty {
            Console.out("  skipped on purpose (\(notices.count)):")
            for p in notices { Console.out("    " + line(p)) }
        }
        Console.out("result: \(failures.isEmpty ? "ok (exit 0)" : "problems found (exit \(ExitStatus.partial.rawValue))")")
    }
}
