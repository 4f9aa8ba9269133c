import ArgumentParser
import DigitiseCore
import Foundation

/// `digitise review rescan FILE-ID DOCUMENT PAGE`: a page without text is to be scanned again.
struct ReviewRescanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rescan",
        abstract: "Mark a page without text as waiting for a new scan.",
        discussion: """
            The mark, who made it and when show in digitise show and the events. Put the new scan in the file's \
            inbox folder and run digitise reprocess FILE-ID. Exit 66 for an unknown page, 65 for a page that has \
            text, 75 while a run holds the archive.
            """)

    @OptionGroup var address: PageAddress

    @Option(help: ArgumentHelp("Who asks (recorded). Default: the login name.", valueName: "NAME"))
    var `operator`: String?

    @Option(help: ArgumentHelp("Why, in a few words (recorded).", valueName: "TEXT"))
    var note: String?

    @OptionGroup var archive: ArchiveOptions

    @Flag(help: "If a run holds the archive, wait for it instead of refusing (exit 75).")
    var wait = false

    func run() throws {
        let person = `operator` ?? ProcessInfo.processInfo.environment["USER"] ?? ProcessInfo.processInfo.userName
        try CommandFailure.mapping {
            let opened = try Archive.openForWriting(archive, command: "digitise review rescan \(address.fileID)", wait: wait)
            try withExtendedLifetime(opened) {
                try opened.catalog.requestRescan(
                    file: address.file, document: address.document, page: address.page, person: person, note: note)
            }
        }
        Console.out("\(address.fileID) \(address.document) page \(address.page): rescan requested by \(person)")
    }
}
