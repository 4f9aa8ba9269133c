import ArgumentParser
import DigitiseCore
import ReportRendering

/// `digitise report KIND`: the auditors' reports.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Report on progress, failures, the review queue, classes, fixity or throughput.",
        discussion: """
            KIND is one of:
              progress    per day and per batch: files, documents, pages ingested / done / failed / blank / in review,
                          and the personal files so far against the target (--target, default 16000)
              failures    counts by reason code, with every file and page behind each
              review      the review backlog, oldest first, with each item's age and probability
              classes     asylum / personal-file counts per day, by kind, and files holding asylum documentation
              fixity      the last verification of every slice, and any damaged or missing objects
              throughput  pages per minute per stage, and the bottleneck stage

            Reports hold counts and metadata only: no document text, no identifiers. They read the catalog without \
            locking it, so they can run during a nightly run. --format csv prints every table under a '# name' line;
            --format html writes a self-contained page (charts as inline SVG).

            Examples:
              digitise report progress --since 2026-11-01
              digitise report failures --batch 12 --format csv > failures.csv
              digitise report review --format json
            """)

    @Argument(help: ArgumentHelp("progress, failures, review, classes, fixity or throughput.", valueName: "KIND"))
    var kind: ReportKind

    @OptionGroup var archive: ArchiveOptions

    @Option(help: ArgumentHelp("Only from this day on (UTC).", valueName: "YYYY-MM-DD")) var since: String?
    @Option(help: ArgumentHelp("Only up to and including this day (UTC).", valueName: "YYYY-MM-DD")) var until: String?
    @Option(help: ArgumentHelp("Only this batch (a run's number, as its summary prints it).", valueName: "ID")) var batch: Int64?
    @Option(help: ArgumentHelp("Personal files the digitisation must reach (progress).", valueName: "N")) var target = 16_000
    @Option(help: "table, csv, json or html.") var format: ReportFormat = .table

    enum ReportFormat: String, ExpressibleByArgument, CaseIterable { case table, csv, json, html }

    func validate() throws {
        for (name, value) in [("--since", since), ("--until", until)] {
            if let value, value.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) == nil {
                throw ValidationError("\(name) takes a day as YYYY-MM-DD, e.g. 2026-11-01; got '\(value)'")
            }
        }
        if target < 1 { throw ValidationError("--target must be at least 1") }
    }

    func run() throws {
        let report = try CommandFailure.mapping { () throws -> Report in
            let catalog = try Archive.openForReading(archive).catalog
            return try catalog.report(kind, filter: ReportFilter(since: since, until: until, batch: batch, target: target))
        }
        switch format {
        case .table: Console.out(ReportText.render(report), terminator: "")
        case .csv: Console.out(ReportCSV.render(report), terminator: "")
        case .json: Console.out(try JSON.encode(report))
        case .html: Console.out(Pages.standalone(report))
        }
    }
}

extension ReportKind: ExpressibleByArgument {}
