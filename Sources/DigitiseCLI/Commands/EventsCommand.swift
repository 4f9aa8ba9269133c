import ArgumentParser
import DigitiseCore

/// `digitise events FILE-ID`: a personal file's provenance.
struct EventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "List a personal file's provenance events (PREMIS): ingestion, digests, normalisation, OCR, fixity, ...",
        discussion:
            "Each event has its time, the agent (program and version; the operator where a person acted), the outcome and the detail.")

    @Argument(help: ArgumentHelp("The personal file's ID.", valueName: "FILE-ID"))
    var fileID: String

    @OptionGroup var archive: ArchiveOptions

    @Option(help: "Print as text or as JSON.")
    var format: OutputFormat = .text

    func run() throws {
        let events = try CommandFailure.mapping { () throws -> [ArchiveEvent] in
            guard let id = FileID(validating: fileID) else {
                throw CommandFailure(status: .usage, message: "'\(fileID)' is not a valid file ID (letters, digits, '.', '_', '-')")
            }
            let catalog = try Archive.openForReading(archive).catalog
            guard try catalog.fileRecord(id) != nil else {
                throw CommandFailure(status: .noInput, message: "the archive has no personal file \(fileID)")
            }
            return try catalog.events(forFile: id)
        }
        switch format {
        case .json: Console.out(try JSON.encode(events))
        case .text:
            for e in events {
                let subject = [e.document, e.page.map { "p.\($0)" }].compactMap { $0 }.joined(separator: " ")
                Console.out(
                    "\(e.at)  \(e.kind.rawValue)  \(e.outcome.rawValue)  \(subject)  \(e.detail)  [\(e.agent)\(e.person.map { ", " + $0 } ?? "")]"
                )
            }
        }
    }
}
