import DigitiseCore
import Foundation

extension MemoryCatalog: ClassificationStore {
    public func documentsToClassify(batch: Int64?, file: FileID?) throws -> [DocumentText] {
        try read { state in
            let seen = batch.map { state.seen[$0] ?? [] }
            return state.currentDocuments
                .filter { $0.status != "pending" && (seen?.contains($0.id) ?? true) && (file == nil || $0.fileID == file) }
                .sorted { State.inCatalogOrder(($0.fileID, $0.name, 0), ($1.fileID, $1.name, 0)) }
                .map { document in
                    DocumentText(
                        documentID: document.id, fileID: document.fileID, name: document.name, classifyKey: document.classifyKey,
                        pages: state.pages(of: document).map(state.textPage))
                }
        }
    }

    public func recordClassification(document id: Int64, derivation: DerivationRecord, classification c: Classification, reused: Bool)
        throws
    {
        try write { state in
            let now = Self.now()
            state.store(derivation, agent: agent, at: now)
            guard var document = state.documents[id] else { return }
            document.documentClass = c.documentClass?.rawValue
            document.probability = c.probability
            document.kind = c.kind?.rawValue
            document.review = c.needsReview
            document.reviewReason = c.reviewReason
            document.classifyKey = derivation.key
            document.classifiedAt = now
            document.decidedBy = c.decidedBy
            document.identifiers = Array(Set(c.identifiers))
            state.documents[id] = document
            // The roll-up: a personal file holding any asylum document holds asylum documentation.
            state.files[document.fileID] = state.currentDocuments.contains {
                $0.fileID == document.fileID && $0.documentClass == DocumentClass.asylum.rawValue
            }
            let decided =
                c.documentClass.map {
                    "\($0.rawValue) (\(String(format: "%.3f", c.probability ?? 0)))" + (c.kind.map { ", \($0.rawValue)" } ?? "")
                } ?? "no class"
            state.events.append(
                ArchiveEvent(
                    kind: .classification, at: now, agent: agent, outcome: c.needsReview ? .warning : .success,
                    detail: decided + (c.decidedBy.map { "; decided by \($0)" } ?? "")
                        + (c.needsReview ? "; to review: \(c.reviewReason ?? "")" : "") + "; model \(c.explanation.model)"
                        + (c.identifiers.isEmpty ? "" : "; \(c.identifiers.count) identifier(s)")
                        + (reused ? " (reused: identical derivation)" : ""),
                    fileID: document.fileID.rawValue, document: document.name))
        }
    }
}
