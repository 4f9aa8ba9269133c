import DigitiseCore

extension MemoryCatalog: DocumentVersions {
    public func newVersions(ofFile id: FileID, batch: Int64) throws -> [VersionChange] {
        try write { state in
            let current = state.currentDocuments.filter { $0.fileID == id }.sorted { State.precedes($0.name, $1.name) }
            return current.map { old in
                state.documents[old.id]?.isCurrent = false
                state.lastDocument += 1
                var new = State.Document(
                    id: state.lastDocument, fileID: id, name: old.name, version: old.version + 1, sourcesKey: old.sourcesKey,
                    sources: old.sources, createdAt: Self.now())
                // Pages start as copies of the old version's (so a stage not redone keeps its results); pages that
                // failed after ingest, or were unreadable, wait again. The full-text index moves to the copies.
                for oldPage in state.pages(of: old) {
                    state.lastPage += 1
                    var page = State.Page(
                        id: state.lastPage, document: new.id, number: oldPage.number, sourceObject: oldPage.sourceObject,
                        sourcePage: oldPage.sourcePage, width: oldPage.width, height: oldPage.height, dpi: oldPage.dpi,
                        dpiSource: oldPage.dpiSource, status: oldPage.status, error: oldPage.error, normaliseKey: oldPage.normaliseKey,
                        ocrKey: oldPage.ocrKey, ocrConfidence: oldPage.ocrConfidence, indexedText: oldPage.indexedText, mark: oldPage.mark,
                        markedBy: oldPage.markedBy)
                    // As in SQLite, the page waiting again keeps its old failure until an outcome replaces it.
                    if (page.status == .failed || page.status == .unreadable) && page.error?.stage != .ingest { page.status = .pending }
                    state.pages[page.id] = page
                    state.pages[oldPage.id]?.indexedText = nil
                    new.pages.append(page.id)
                }
                state.documents[new.id] = new
                state.markSeen(document: new.id, batch: batch)
                state.rollUp(document: new.id)
                return VersionChange(
                    name: old.name, previousID: old.id, previousVersion: old.version, currentID: new.id, currentVersion: new.version)
            }
        }
    }

    public func documentVersion(_ id: Int64) throws -> DocumentVersion? {
        try read { state in
            guard let document = state.documents[id] else { return nil }
            return DocumentVersion(
                name: document.name, version: document.version, status: document.status, documentClass: document.documentClass,
                probability: document.probability, pages: state.pages(of: document).map(state.textPage))
        }
    }
}
