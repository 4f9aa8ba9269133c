import DigitiseCore
import Foundation
import Hummingbird

/// The review desk's form as posted (`application/x-www-form-urlencoded`).
struct DecisionForm: Decodable {
    let csrf: String?
    let `class`: String?
    let kind: String?
    let note: String?

    /// The class and kind the form chose, or 400 with what is wrong. An empty kind keeps the model's.
    func choice() throws -> (DocumentClass, DocumentKind?) {
        guard let raw = `class`, let documentClass = DocumentClass(rawValue: raw) else {
            throw HTTPError(.badRequest, message: "choose a class: asylum or personal-file")
        }
        guard let kind, !kind.isEmpty else { return (documentClass, nil) }
        guard let chosen = DocumentKind(rawValue: kind) else { throw HTTPError(.badRequest, message: "no document kind '\(kind)'") }
        guard chosen.fits(documentClass) else {
            throw HTTPError(.badRequest, message: "a \(kind) is not \(documentClass.rawValue) documentation: choose another kind or class")
        }
        return (documentClass, chosen)
    }

    /// The note, trimmed; nil when empty. Long notes are refused rather than cut.
    func trimmedNote() throws -> String? {
        guard let note = note?.trimmingCharacters(in: .whitespacesAndNewlines), !note.isEmpty else { return nil }
        guard note.count <= 2000 else { throw HTTPError(.badRequest, message: "a note takes at most 2,000 characters") }
        return note
    }
}
