import ArgumentParser
import DigitiseCore
import Foundation

/// `digitise review transcribe FILE-ID DOCUMENT PAGE --text-file F`: a person types in a page's text.
struct ReviewTranscribeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "transcribe",
        abstract: "Give a page without text the text you typed from its image.",
        discussion: """
            The text (UTF-8, from a file or - for standard input) is stored in the archive as the page's text, a \
            derivation of its own with you as its author; the page becomes done, search finds it, and the \
            document is classified again from its new text by the next run (or now: digitise reprocess FILE-ID \
            --from classify). Exit 66 for an unknown page, 65 for a page that has text or empty text, 75 while a \
            run holds the archive.
            """)

    @OptionGroup var address: PageAddress

    @Option(help: ArgumentHelp("The typed text, UTF-8 (- reads standard input).", valueName: "FILE"))
    var textFile: String

    @Option(help: ArgumentHelp("Who typed it (recorded as the text's author). Default: the login name.", valueName: "NAME"))
    var `operator`: String?

    @OptionGroup var archive: ArchiveOptions

    @Flag(help: "If a run holds the archive, wait for it instead of refusing (exit 75).")
    var wait = false

    /// A typed page is a page: more than this is a mistake (a whole book pasted), not a transcription.
    static let maxBytes = 1 << 20

    func run() throws {
        let person = `operator` ?? ProcessInfo.processInfo.environment["USER"] ?? ProcessInfo.processInfo.userName
        let characters = try CommandFailure.mapping { () throws -> Int in
            let text = try typedText()
            let opened = try Archive.openForWriting(archive, command: "digitise review transcribe \(address.fileID)", wait: wait)
            return try withExtendedLifetime(opened) {
                let object = try opened.store.put(Array(text.utf8))
                try opened.catalog.transcribe(
                    file: address.file, document: address.document, page: address.page, text: text, object: object, person: person)
                return text.count
            }
        }
        Console.out(
            "\(address.fileID) \(address.document) page \(address.page): \(characters) characters transcribed by \(person); "
                + "the document is classified again by the next run, or now: digitise reprocess \(address.fileID) --from classify")
    }

    private func typedText() throws -> String {
        let bytes: Data?
        if textFile == "-" {
            bytes = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            bytes = FileManager.default.contents(atPath: textFile)
        }
        guard let bytes else { throw CommandFailure(status: .noInput, message: "cannot read \(textFile)") }
        guard bytes.count <= Self.maxBytes else {
            throw CommandFailure(status: .dataError, message: "\(textFile) holds more than 1 MiB: a page's text is far less")
        }
        guard let text = String(data: bytes, encoding: .utf8) else {
            throw CommandFailure(status: .dataError, message: "\(textFile) is not UTF-8 text")
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw CommandFailure(status: .dataError, message: "\(textFile) is empty: nothing to transcribe") }
        return trimmed
    }
}
