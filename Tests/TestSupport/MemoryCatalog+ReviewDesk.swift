import DigitiseCore
import Foundation

extension MemoryCatalog: ReviewDesk {
    public func reviewQueue() throws -> [ReviewItem] {
        try read { state in
            state.currentDocuments.filter(\.review)
                .sorted {
                    ($0.classifiedAt ?? "", $0.fileID.rawValue, $0.name) < ($1.classifiedAt ?? "", $1.fileID.rawValue, $1.name)
                }
                .map { document in
                    ReviewItem(
                        fileID: document.fileID, document: document.name, version: document.version, reason: document.reviewReason ?? "",
                        modelClass: document.documentClass.flatMap(DocumentClass.init), modelProbability: document.probability,
                        kind: document.kind.flatMap(DocumentKind.init), since: document.classifiedAt ?? "",
                        textKey: ReviewDecision.textKey(of: state.pages(of: document).map(state.textPage)),
                        explanation: state.explanation(of: document))
                }
        }
    }

    public func decide(
        file: FileID, document name: String, documentClass: DocumentClass, kind: DocumentKind?, person: String, note: String?
    ) throws -> ReviewDecision {
        try write { state in
            guard var document = state.current(file: file, name: name) else {
                throw ReviewDeskError.noSuchDocument(file: file, document: name)
            }
            let now = Self.now()
            let decision = ReviewDecision(
                fileID: file, document: name, documentClass: documentClass, kind: kind, person: person, at: now, note: note,
                textKey: ReviewDecision.textKey(of: state.pages(of: document).map(state.textPage)),
                modelClass: document.documentClass.flatMap(DocumentClass.init), modelProbability: document.probability)
            state.decisions.append(decision)
            document.documentClass = documentClass.rawValue
            document.kind = decision.keptKind(modelKind: document.kind.flatMap(DocumentKind.init))?.rawValue
            document.review = false
            document.reviewReason = nil
            document.decidedBy = decision.decidedBy
            state.documents[document.id] = document
            state.rollUpAsylum(file)
            state.events.append(
                ArchiveEvent(
                    kind: .classification, at: now, agent: agent, person: person, outcome: .success, detail: decision.eventDetail,
                    fileID: file.rawValue, document: name))
            return decision
        }
    }

    public func latestDecision(file: FileID, document: String) throws -> ReviewDecision? {
        try read { state in state.decisions.last { $0.fileID == file && $0.document == document } }
    }

    public func standingDecisions() throws -> [DecidedText] {
        try read { state in
            state.currentDocuments.sorted { ($0.fileID.rawValue, $0.name) < ($1.fileID.rawValue, $1.name) }.compactMap { document in
                let pages = state.pages(of: document)
                guard let decision = state.decisions.last(where: { $0.fileID == document.fileID && $0.document == document.name }),
                    decision.textKey == ReviewDecision.textKey(of: pages.map(state.textPage))
                else { return nil }
                let text = pages.filter { $0.status == .done }.compactMap(\.indexedText).joined(separator: "\n\n")
                return DecidedText(decision: decision, kind: document.kind.flatMap(DocumentKind.init), text: text)
            }
        }
    }
}
