import ArgumentParser
import DigitiseCore
import PageImaging

/// `digitise`: the root command. Each subcommand lives in `Commands/`, one file each.
public struct DigitiseCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "digitise",
        abstract: "Turn scanned personal files into a trusted, searchable digital archive.",
        discussion: """
            The nightly job reads an inbox of scans (one folder per personal file), keeps every original bit-exact \
            in a content-addressed store, reads each page with Tesseract and indexes the text in a searchable \
            catalog. Run it again at any time: finished work is never redone, interrupted work is resumed.

            Before the night:  digitise check /scans/inbox
            Typical night:     digitise run /scans/inbox --archive /srv/archive
            Find a page:       digitise search "berzins uzturēšanās"
            Look at a file:    digitise show PF-2019-004512 --format json
            Redo one file:     digitise reprocess PF-2019-004512 --from ocr
            How far are we:    digitise report progress   (or failures, review)
            For auditors:      digitise token add NAME --role auditor --auth tokens
                               digitise serve --auth tokens
            Many machines:     digitise catalog migrate --catalog postgres://HOST/DB
                               digitise work --catalog postgres://HOST/DB --archive /shared/archive --follow

            The archive is --archive DIR, else $DIGITISE_ARCHIVE, else ./archive; its catalog is \
            ARCHIVE/catalog.sqlite unless --catalog URL (or $DIGITISE_CATALOG) names one on PostgreSQL.
            \(ExitStatusTable.text)
            """,
        version: Version.program,
        subcommands: [
            RunCommand.self, CheckCommand.self, ReprocessCommand.self, ReviewCommand.self, SearchCommand.self, ShowCommand.self,
            EventsCommand.self,
            VerifyCommand.self, ExportCommand.self, TrainCommand.self, EvaluateCommand.self, ReportCommand.self,
            ServeCommand.self, TokenCommand.self, CatalogCommand.self, WorkCommand.self,
        ])

    public init() {}

    /// The program's entry: guarantees single-threaded OpenMP for Tesseract, keeps page images out of malloc's arenas
    /// (`ImageMemory`), then parses and runs the command.
    public static func launch() async {
        OpenMPGuard.ensureSingleThreaded()
        ImageMemory.install()
        await main()
    }
}
