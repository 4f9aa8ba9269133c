import ArgumentParser
import DigitiseCore
import Foundation

/// `digitise show FILE-ID`: one personal file, its documents and pages.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a personal file: its documents, their pages, status, errors and text.",
        discussion:
            "`--format json` is a stable contract: documents (name, class, probability, kind, review, decided_by: who decided the class when a person did, model: the classifier that classified it, identifiers) and their pages (number, status, error, ocr_confidence, text, rotation, ladder: every reading of the retry ladder when the first was poor)."
    )

    @Argument(help: ArgumentHelp("The personal file's ID, e.g. PF-2019-004512.", valueName: "FILE-ID"))
    var fileID: String

    @OptionGroup var archive: ArchiveOptions

    @Option(help: "Print as text or as JSON.")
    var format: OutputFormat = .text

    func run() throws {
        let record = try CommandFailure.mapping { () throws -> FileRecord in
            guard let id = FileID(validating: fileID) else {
                throw CommandFailure(status: .usage, message: "'\(fileID)' is not a valid file ID (letters, digits, '.', '_', '-')")
            }
            guard let record = try Archive.openForReading(archive).catalog.fileRecord(id) else {
                throw CommandFailure(
                    status: .noInput, message: "the archive has no personal file \(fileID); `digitise search` finds files by their text")
            }
            return record
        }
        switch format {
        case .json: Console.out(try JSON.encode(record))
        case .text:
            Console.out("personal file \(record.file): \(record.documents.count) documents")
            for document in record.documents {
                Console.out("  \(document.name) (version \(document.version)): \(document.status), \(document.pages.count) pages")
                if let documentClass = document.class {
                    var line = "    class \(documentClass)" + (document.kind.map { ", \($0)" } ?? "")
                    if let decidedBy = document.decidedBy {
                        line += ", decided by \(decidedBy)" + (document.model.map { " (over the model \($0))" } ?? "")
                    } else {
                        line += document.probability.map { String(format: " (%.2f)", $0) } ?? ""
                        line += document.model.map { ", by the model \($0)" } ?? ""
                    }
                    Console.out(line + (document.review ? "; waiting for review" : ""))
                } else if document.review {
                    Console.out("    no class: waiting for review")
                }
                for page in document.pages {
                    var line = "    page \(page.number): \(page.status.rawValue)"
                    if let confidence = page.ocrConfidence { line += ", confidence \(confidence)" }
                    if let rotation = page.rotation, rotation != 0 { line += ", turned \(rotation)°" }
                    if let error = page.error { line += " [\(error.code)] \(error.message)" }
                    if let mark = page.mark { line += "; \(mark.rawValue) by \(page.markedBy ?? "someone")" }
                    Console.out(line)
                    if let ladder = page.ladder, let attempts = ladder.ladder {
                        // The retry ladder: every reading, its judgement and cost, and the one kept.
                        Console.out("      ladder (\(attempts.count) readings, kept: \(ladder.chosen ?? "first")):")
                        for a in attempts {
                            let j = a.judgement
                            let step = (a.step == ladder.chosen ? "* " : "  ") + a.step.padding(toLength: 12, withPad: " ", startingAt: 0)
                            Console.out(
                                "        " + step
                                    + String(
                                        format: " confidence %3d, %5d letters, %3.0f%% word-like, score %.2f, %.1f s", j.confidence,
                                        j.letters,
                                        j.wordLikeShare * 100, j.score, a.seconds))
                        }
                    }
                }
            }
        }
    }
}
