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

    public func recordClassification(
        document id: Int64, derivation: DerivationRecord, classification c: Classification, reused: Bool, redo: Bool
    ) throws {
        try write { state in
            guard var document = state.documents[id], document.classifyKey != derivation.key || redo else { return }
            let now = Self.now()
            state.store(derivation, agent: agent, at: now)
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
            state.rollUpAsylum(document.fileID)
            state.events.append(
                ArchiveEvent(
                    kind: .classification, at: now, agent: agent, outcome: c.needsReview ? .warning : .success,
                    detail: c.eventDetail(reused: reused), fileID: document.fileID.rawValue, document: document.name))
        }
    }
}
