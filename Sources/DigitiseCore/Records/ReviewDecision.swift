import Foundation

/// A person's decision on a document the model could not decide: its class (and kind), who decided and when, and
/// the model's view at that moment. Kept for good: a later decision or a changed text supersedes it, never deletes it.
public struct ReviewDecision: Sendable, Equatable {
    public let fileID: FileID
    public let document: String
    public let documentClass: DocumentClass
    public let kind: DocumentKind?
    public let person: String
    public let at: String
    public let note: String?
    /// The texts the person decided on (`ReviewDecision.textKey`): the decision stands while they are unchanged.
    public let textKey: String
    /// What the model said when the person decided.
    public let modelClass: DocumentClass?
    public let modelProbability: Double?

    public init(
        fileID: FileID, document: String, documentClass: DocumentClass, kind: DocumentKind?, person: String, at: String,
        note: String?, textKey: String, modelClass: DocumentClass?, modelProbability: Double?
    ) {
        self.fileID = fileID
        self.document = document
        self.documentClass = documentClass
        self.kind = kind
        self.person = person
        self.at = at
        self.note = note
        self.textKey = textKey
        self.modelClass = modelClass
        self.modelProbability = modelProbability
    }

    /// The document's kind under this decision: the person's, else the model's when it fits the decided class.
    public func keptKind(modelKind: DocumentKind?) -> DocumentKind? {
        kind ?? modelKind.flatMap { $0.fits(documentClass) ? $0 : nil }
    }

    /// Who decided, as documents and classifications name it: `NAME on DATE`.
    public var decidedBy: String { "\(person) on \(at)" }

    /// The decision's event detail, in the words every catalog records.
    public var eventDetail: String {
        let model = modelClass.map { $0.rawValue + (modelProbability.map { String(format: " (%.3f)", $0) } ?? "") }
        return documentClass.rawValue + (kind.map { ", \($0.rawValue)" } ?? "") + " decided by \(person)"
            + "; the model said \(model ?? "nothing")" + (note.map { "; note: \($0)" } ?? "")
    }

    /// A document's texts as a decision refers to them: the same texts as its classify key holds.
    public static func textKey(of pages: [TextPage]) -> String {
        DerivationKey.texts(pages.map(\.text))
    }
}
