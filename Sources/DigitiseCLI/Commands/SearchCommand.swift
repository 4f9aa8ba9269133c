import ArgumentParser
import DigitiseCore

/// `digitise search QUERY`: full-text search over every current page.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find pages by their text.",
        discussion: """
            Every word must occur on the page. Case and diacritics do not matter: berzins finds Bērziņš. \
            End a word with * to match a prefix (uzturēš*); put words in double quotes for a phrase. \
            Results are ranked best first, with the matching words between « and ».

            --stems (a catalog on PostgreSQL) matches each word by its Russian or English stem: документ finds \
            документов and документы, application finds applications. (Stems are rules, not a dictionary: \
            беженец and беженцев have different stems.) The embedded catalog matches whole words only and refuses \
            --stems (exit 64); use a prefix there (документ*, беженц*).

            --personal-code finds the documents in which the classify stage found that Latvian personal code
            (check digit valid), with or without words: digitise search --personal-code 120385-10398
            """)

    @Argument(help: "The words to find (optional with --personal-code).")
    var query: [String] = []

    @Option(help: ArgumentHelp("Only documents holding this Latvian personal code.", valueName: "DDMMYY-NNNNN"))
    var personalCode: String?

    @OptionGroup var archive: ArchiveOptions

    @Option(help: ArgumentHelp("Only this personal file.", valueName: "FILE-ID"))
    var file: String?

    @Option(help: ArgumentHelp("Only documents ingested on or after this day.", valueName: "YYYY-MM-DD"))
    var since: String?

    @Option(
        name: .customLong("class"),
        help: ArgumentHelp("Only documents classified as asylum or personal-file (unclassified documents never match).", valueName: "CLASS")
    )
    var documentClass: String?

    @Flag(help: "Match words by their Russian or English stem, not only whole (needs --catalog on PostgreSQL).")
    var stems = false

    @Option(help: "At most this many results.")
    var limit = 20

    @Option(help: "Print results as text or as JSON.")
    var format: OutputFormat = .text

    func run() throws {
        let hits = try CommandFailure.mapping { () throws -> [SearchHit] in
            var fileID: FileID?
            if let file {
                guard let valid = FileID(validating: file) else {
                    throw CommandFailure(status: .usage, message: "'\(file)' is not a valid file ID")
                }
                fileID = valid
            }
            if let since, since.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) == nil {
                throw CommandFailure(status: .usage, message: "--since takes a day as YYYY-MM-DD, e.g. 2026-11-01; got '\(since)'")
            }
            if let documentClass, !["asylum", "personal-file"].contains(documentClass) {
                throw CommandFailure(status: .usage, message: "--class takes asylum or personal-file; got '\(documentClass)'")
            }
            var identifier: Identifier?
            var text = query.joined(separator: " ")
            if let personalCode {
                let digits = personalCode.filter(\.isNumber)
                guard IdentifierExtractor.isValidPersonalCode(digits) else {
                    throw CommandFailure(
                        status: .usage,
                        message: "'\(personalCode)' is not a valid Latvian personal code (DDMMYY-NNNNN with its check digit)")
                }
                identifier = Identifier(kind: .personalCode, value: String(digits.prefix(6)) + "-" + String(digits.suffix(5)))
                // The pages that show it: the code as a phrase (the index splits it at the hyphen).
                if text.isEmpty { text = "\"\(digits.prefix(6)) \(digits.suffix(5))\"" }
            }
            guard !text.isEmpty else { throw CommandFailure(status: .usage, message: "give words to find, or --personal-code") }
            let catalog = try Archive.openForReading(archive).catalog
            return try catalog.search(
                SearchQuery(
                    text: text, fileID: fileID, since: since, documentClass: documentClass, identifier: identifier, limit: limit,
                    stemmed: stems))
        }
        switch format {
        case .json: Console.out(try JSON.encode(hits))
        case .text:
            if hits.isEmpty { Console.out("no page matches \(query.joined(separator: " "))") }
            for hit in hits { Console.out("\(hit.fileID)  \(hit.document)  p.\(hit.page)  \(hit.snippet)") }
        }
    }
}
