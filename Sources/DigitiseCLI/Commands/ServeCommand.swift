import ArgumentParser
import DigitiseCore
import Foundation
import Hummingbird
import Logging
import ReportServer

/// `digitise serve`: the auditors' dashboard and the operators' review desk.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the auditors' dashboard and reports, and the operators' review desk, over HTTP.",
        discussion: """
            Opens the catalog read-only (it never blocks a nightly run) and serves:
              /                     the dashboard: progress against target, pages per day, failures by reason,
                                    the review backlog (charts as inline SVG; no scripts, no external assets)
              /reports/KIND         every report as a page; /reports/KIND.json and /reports/KIND.csv (?table=NAME)
              /print                the printable auditor's report (all reports)
              /files/FILE-ID        a personal file; /files/FILE-ID/documents/NAME/text its text
              /search?q=WORDS       full-text search
              /review               operators only: the review queue; each document with its page images, its
                                    text, the model's explanation and a form to decide its class
            Reports take ?since=YYYY-MM-DD&until=YYYY-MM-DD&batch=ID&target=N.

            Every request needs a token (digitise token add): Authorization: Bearer TOKEN, or ?token=TOKEN once in \
            a browser, answered by a redirect to the same address without it and a cookie that keeps it for 8 \
            hours (add --secure-cookies behind a TLS proxy). 401 without a valid token. The auth file is read \
            again whenever it changes: delete a line and its token stops working at once.

            Auditors see counts and metadata, and the text and identifiers only of documents that are confidently \
            personal-file: classified from their current text, not in review, at least the pipeline's \
            classify.personal_file_threshold sure or decided personal-file by a person. Everything else is closed to them, and search never lists, \
            counts or hints at it. Operators see everything. Every request is logged with its user and role on \
            standard error, every server error with its cause; no response may be cached.

            The review desk is the server's only write: each decision is recorded under the operator's own name \
            (digitise review decide does the same from a shell), under the archive's lock taken for that decision \
            alone, so while a run is writing the archive a decision is refused (409) and can be made again after \
            it. Its forms carry a per-user token against cross-site request forgery.

            Example:
              digitise token add a.ozola --role auditor --auth tokens
              digitise serve --auth tokens --port 8080 --archive /srv/archive
            """)

    @OptionGroup var archive: ArchiveOptions
    @Option(help: "The address to listen on (loopback by default: put a TLS proxy in front for a network).") var bind = "127.0.0.1"
    @Option(help: "The port.") var port = 8080
    @Option(help: ArgumentHelp("The auth file of hashed tokens (digitise token add makes it).", valueName: "FILE")) var auth: String
    @Option(help: ArgumentHelp("Personal files the digitisation must reach (progress).", valueName: "N")) var target = 16_000
    @Option(
        help: ArgumentHelp(
            "The pipeline whose classify.personal_file_threshold opens a document to auditors (default: the built-in nightly).",
            valueName: "FILE"))
    var pipeline: String?
    @Flag(help: "Mark the token's cookie Secure: use it when a TLS proxy serves these pages.") var secureCookies = false
    @Option(
        help: ArgumentHelp(
            "Stop any catalog query that runs longer than this (503 with Retry-After); the report server's reads run on a pool of their own.",
            valueName: "SECONDS"))
    var queryDeadline = 10

    func run() async throws {
        let log: @Sendable (String) -> Void = { line in Console.err(Timestamp.now() + " " + line + "\n") }
        let (opened, tokens, definition) = try CommandFailure.mapping {
            () throws -> (Archive, WatchedAuthFile, PipelineDefinition) in
            let tokens = try WatchedAuthFile(path: auth, log: log)
            guard let entries = tokens.current?.entries, !entries.isEmpty else {
                throw CommandFailure(
                    status: .usage, message: "the auth file \(auth) admits nobody: digitise token add NAME --role auditor --auth \(auth)")
            }
            let opened = try Archive.openForReading(archive, readDeadline: .seconds(queryDeadline))
            return (opened, tokens, try PipelineLoader.load(pipeline))
        }
        var logger = Logger(label: "digitise.serve")
        logger.logLevel = .notice
        let server = ReportServer(
            catalog: opened.catalog, auth: tokens, target: target,
            disclosure: DisclosurePolicy(minimumProbability: definition.classify.personalFileThreshold), secureCookies: secureCookies,
            desk: LockedReviewDesk(root: archive.path, reader: opened.catalog) { [archive] in try Archive.writableCatalog(archive) },
            previews: StoredPagePreviews(store: opened.store, decoder: Composition.decoder), log: log)
        Console.err(
            "digitise serve: http://\(bind):\(port)/ (archive \(archive.path), \(tokens.current?.entries.count ?? 0) token(s))\n")
        try await server.application(host: bind, port: port, logger: logger).runService()
    }
}
