import ArgumentParser
import DigitiseCore
import Foundation

/// `digitise review decide FILE-ID DOCUMENT --class C`: a person's decision on one document.
struct ReviewDecideCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decide",
        abstract: "Record a person's decision on a document's class: it leaves the queue and the decision outranks the model.",
        discussion: """
            The decision is kept with who made it, when, the note, and the model's view at that moment; it leaves a \
            classification event (digitise events FILE-ID), rolls up to the file, and stands while the document's \
            text is unchanged. Exit 66 when the archive has no such current document, 75 while a run holds the archive.
            """)

    @Argument(help: ArgumentHelp("The personal file's ID, e.g. PF-2019-004512.", valueName: "FILE-ID"))
    var fileID: String

    @Argument(help: ArgumentHelp("The document's name, as digitise show lists it.", valueName: "DOCUMENT"))
    var document: String

    @Option(name: .customLong("class"), help: "asylum or personal-file.")
    var documentClass: DocumentClass

    @Option(
        help: ArgumentHelp(
            "The document's kind, e.g. employment-contract (default: the model's, unless it belongs to the other class).",
            valueName: "KIND"))
    var kind: DocumentKind?

    @Option(help: ArgumentHelp("Who decides (recorded). Default: the login name.", valueName: "NAME"))
    var `operator`: String?

    @Option(help: ArgumentHelp("Why, in a few words (recorded with the decision).", valueName: "TEXT"))
    var note: String?

    @OptionGroup var archive: ArchiveOptions

    @Flag(help: "If a run holds the archive, wait for it instead of refusing (exit 75).")
    var wait = false

    func validate() throws {
        guard FileID(validating: fileID) != nil else {
            throw ValidationError("'\(fileID)' is not a file ID (letters, digits, '.', '_' and '-', e.g. PF-2019-004512)")
        }
        if let kind, !kind.fits(documentClass) {
            throw ValidationError("a \(kind.rawValue) is not \(documentClass.rawValue) documentation: choose another --kind or --class")
        }
    }

    func run() throws {
        let person = `operator` ?? ProcessInfo.processInfo.environment["USER"] ?? ProcessInfo.processInfo.userName
        let decision = try CommandFailure.mapping { () throws -> ReviewDecision in
            let opened = try Archive.openForWriting(archive, command: "digitise review decide \(fileID)", wait: wait)
            return try withExtendedLifetime(opened) {
                try opened.catalog.decide(
                    file: FileID(validating: fileID)!, document: document, documentClass: documentClass, kind: kind, person: person,
                    note: note)
            }
        }
        let model = decision.modelClass.map { $0.rawValue + (decision.modelProbability.map { String(format: " (%.2f)", $0) } ?? "") }
        Console.out(
            "\(decision.fileID) \(decision.document): \(decision.documentClass.rawValue), decided by \(decision.person) "
                + "(the model said \(model ?? "nothing")); it leaves the review queue")
    }
}

extension DocumentClass: ExpressibleByArgument {}
extension DocumentKind: ExpressibleByArgument {}
