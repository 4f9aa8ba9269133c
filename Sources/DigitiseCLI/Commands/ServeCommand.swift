import ArgumentParser
import DigitiseCore
import Foundation
import Hummingbird
import Logging
import ReportServer

/// `digitise serve`: the auditors' dashboard.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the auditors' dashboard and reports over HTTP (read-only).",
        discussion: """
            Opens the catalog read-only (it never blocks a nightly run) and serves:
              /                     the dashboard: progress against target, pages per day, failures by reason,
                                    the review backlog (charts as inline SVG; no scripts, no external assets)
              /reports/KIND         every report as a page; /reports/KIND.json and /reports/KIND.csv (?table=NAME)
              /print                the printable auditor's report (all reports)
              /files/FILE-ID        a personal file; /files/FILE-ID/documents/NAME/text its text
              /search?q=WORDS       full-text search
            Reports take ?since=YYYY-MM-DD&until=YYYY-MM-DD&batch=ID&target=N.

            Every request needs a token (digitise token add): Authorization: Bearer TOKEN, or ?token=TOKEN once in
            a browser (a cookie keeps it). 401 without a valid token; 403 when the role may not see a page.
            Auditors never see the text, snippets or identifiers of asylum documents (nor of documents not yet
            classified); operators see everything. Every request is logged with its role on standard error.

            Example:
              digitise token add a.ozola --role auditor --auth tokens
              digitise serve --auth tokens --port 8080 --archive /srv/archive
            """)

    @OptionGroup var archive: ArchiveOptions
    @Option(help: "The address to listen on (loopback by default: put a TLS proxy in front for a network).") var bind = "127.0.0.1"
    @Option(help: "The port.") var port = 8080
    @Option(help: ArgumentHelp("The auth file of hashed tokens (digitise token add makes it).", valueName: "FILE")) var auth: String
    @Option(help: ArgumentHelp("Personal files the digitisation must reach (progress).", valueName: "N")) var target = 16_000

    func run() async throws {
        let (catalog, tokens) = try CommandFailure.mapping { () throws -> (any ServerCatalog, AuthFile) in
            let tokens = try AuthFile.load(auth)
            guard !tokens.entries.isEmpty else {
                throw CommandFailure(
                    status: .usage, message: "the auth file \(auth) admits nobody: digitise token add NAME --role auditor --auth \(auth)")
            }
            return (try Archive.openForReading(archive.path).catalog, tokens)
        }
        var logger = Logger(label: "digitise.serve")
        logger.logLevel = .notice
        let server = ReportServer(catalog: catalog, auth: tokens, target: target) { line in Console.err(Timestamp.now() + " " + line + "\n")
        }
        Console.err("digitise serve: http://\(bind):\(port)/ (archive \(archive.path), \(tokens.entries.count) token(s))\n")
        try await server.application(host: bind, port: port, logger: logger).runService()
    }
}
