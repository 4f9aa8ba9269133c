import DigitiseCore
import Foundation

extension MemoryCatalog: ArchiveReader {
    public func events(forFile id: FileID) throws -> [ArchiveEvent] {
        try read { state in state.events.filter { $0.fileID == id.rawValue } }
    }

    /// Full-text search by words, as SQLite's index reads them (`FullText`), over the current pages. Hits come in
    /// catalog order: the double has no relevance ranking (SQLite orders by bm25 first).
    public func search(_ query: SearchQuery) throws -> [SearchHit] {
        guard !query.stemmed else { throw ArchiveQueryError.noStems }
        let terms = try FullText.terms(of: query.text)
        return try read { state in
            let documents = state.currentDocuments.filter { document in
                (query.fileID == nil || document.fileID == query.fileID)
                    && (query.since.map { !State.precedes(document.createdAt, $0) } ?? true)
                    && (query.documentClass == nil || document.documentClass == query.documentClass)
                    && (query.identifier.map(document.identifiers.contains) ?? true)
                    && (query.openUnder.map { policy in
                        policy.isOpen(
                            documentClass: document.documentClass, probability: document.probability, inReview: document.review,
                            decidedByPerson: document.decidedBy != nil)
                    } ?? true)
            }
            var hits: [SearchHit] = []
            for document in documents.sorted(by: { State.inCatalogOrder(($0.fileID, $0.name, 0), ($1.fileID, $1.name, 0)) }) {
                for page in state.pages(of: document) {
                    guard let text = page.indexedText, let snippet = FullText.snippet(of: text, matching: terms) else { continue }
                    hits.append(
                        SearchHit(
                            fileID: document.fileID.rawValue, document: document.name, page: page.number, snippet: snippet,
                            documentClass: document.documentClass))
                }
            }
            return Array(hits.prefix(max(0, query.limit)))
        }
    }

    public func fileRecord(_ id: FileID) throws -> FileRecord? {
        try read { state in Self.fileRecord(id, in: state) }
    }

    private static func fileRecord(_ id: FileID, in state: State) -> FileRecord? {
        guard let holdsAsylum = state.files[id] else { return nil }
        let documents = state.currentDocuments.filter { $0.fileID == id }.sorted { NaturalOrder.areInIncreasingOrder($0.name, $1.name) }
        return FileRecord(
            file: id.rawValue, holdsAsylum: holdsAsylum,
            documents: documents.map { document in
                DocumentRecord(
                    name: document.name, version: document.version, status: document.status, class: document.documentClass,
                    probability: document.probability, kind: document.kind, review: document.review, decidedBy: document.decidedBy,
                    model: state.explanation(of: document)?.model,
                    identifiers: document.identifiers.map { "\($0.kind.rawValue):\($0.value)" }.sorted(by: State.precedes),
                    pages: state.pages(of: document).map { page in
                        let report = page.normaliseKey.flatMap { state.derivations[$0] }.flatMap {
                            try? JSONDecoder().decode(NormalisationReport.self, from: Data($0.resultJSON.utf8))
                        }
                        let reading = page.ocrKey.flatMap { state.derivations[$0] }.flatMap {
                            try? JSONDecoder().decode(OCRSummary.self, from: Data($0.resultJSON.utf8))
                        }
                        return PageRecord(
                            number: page.number, status: page.status, error: page.error, ocrConfidence: page.ocrConfidence,
                            text: page.indexedText, rotation: report?.rotation, ladder: reading?.ladder == nil ? nil : reading,
                            mark: page.mark,
                            markedBy: page.markedBy)
                    })
            })
    }

    public func contents(of id: FileID) throws -> FileContents? {
        try read { state in
            guard let record = Self.fileRecord(id, in: state) else { return nil }
            let documents = state.currentDocuments.filter { $0.fileID == id }.sorted { NaturalOrder.areInIncreasingOrder($0.name, $1.name) }
            return FileContents(
                record: record,
                documents: documents.map { document in
                    DocumentContents(
                        name: document.name, version: document.version,
                        sources: document.sources.map { .init(relativePath: $0.relativePath, object: state.storedObject($0.object)) },
                        pages: state.pages(of: document).sorted { $0.number < $1.number }.map { page in
                            var outputs: [String: StoredObject] = [:]
                            for key in [page.normaliseKey, page.ocrKey].compactMap({ $0 }) {
                                for (role, hash) in state.derivations[key]?.outputs ?? [:] { outputs[role] = state.storedObject(hash) }
                            }
                            return .init(number: page.number, outputs: outputs)
                        })
                })
        }
    }

    /// The auditors' reports are SQL over the catalog's tables: the double does not have them.
    public func report(_ kind: ReportKind, filter: ReportFilter) throws -> Report {
        throw Refusal.notSupported("the \(kind.rawValue) report")
    }

    public func batchIDs() throws -> [Int64] {
        try read { state in state.batches.keys.sorted(by: >) }
    }
}
