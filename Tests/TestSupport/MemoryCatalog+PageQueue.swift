import DigitiseCore

extension MemoryCatalog: PageQueue {
    public func registerDocument(_ document: IngestedDocument, batch: Int64) throws -> DocumentRegistration {
        let sourcesKey = document.sources.map { "\($0.relativePath)=\($0.object.hash.hex)" }.joined(separator: "\n")
        return try write { state in
            let now = Self.now()
            if state.files[document.fileID] == nil { state.files[document.fileID] = false }
            let current = state.current(file: document.fileID, name: document.name)
            if let current, current.sourcesKey == sourcesKey {
                for source in document.sources { state.recordRepair(of: source.object, agent: agent, at: now) }
                state.markSeen(document: current.id, batch: batch)
                return DocumentRegistration(documentID: current.id, version: current.version, isNewVersion: false)
            }
            let version = (current?.version ?? 0) + 1
            if let current {
                // The old version stays, with its pages and objects; only the full-text index follows the current one.
                state.documents[current.id]?.isCurrent = false
                for page in current.pages { state.pages[page]?.indexedText = nil }
            }
            state.lastDocument += 1
            let id = state.lastDocument
            var record = State.Document(
                id: id, fileID: document.fileID, name: document.name, version: version, sourcesKey: sourcesKey,
                sources: document.sources.map { State.Source(relativePath: $0.relativePath, object: $0.object.hash, format: $0.format) },
                createdAt: now)
            var number = 0
            for source in document.sources {
                if state.objects[source.object.hash] == nil { state.objects[source.object.hash] = source.object.size }
                let pages: [Result<PageHeader, DecodeError>]
                switch source.pages {
                case .success(let headers): pages = headers
                case .failure(let error): pages = [.failure(error)]  // the unreadable source stands as one failed page
                }
                for (index, header) in pages.enumerated() {
                    number += 1
                    state.lastPage += 1
                    var page = State.Page(
                        id: state.lastPage, document: id, number: number, sourceObject: source.object.hash, sourcePage: index,
                        status: .pending)
                    switch header {
                    case .success(let header):
                        page.width = header.width
                        page.height = header.height
                    case .failure(let error):
                        page.status = .failed
                        page.error = error.failure(at: .ingest)
                    }
                    state.pages[page.id] = page
                    record.pages.append(page.id)
                }
            }
            state.documents[id] = record
            state.markSeen(document: id, batch: batch)
            state.rollUp(document: id)
            state.events.append(document.ingestionEvent(version: version, pageCount: record.pages.count, at: now, agent: agent))
            for source in document.sources {
                state.recordRepair(of: source.object, agent: agent, at: now)
                state.events.append(document.digestEvent(of: source, at: now, agent: agent))
            }
            return DocumentRegistration(documentID: id, version: version, isNewVersion: true)
        }
    }

    public func pendingPages() throws -> [PageJob] {
        try read { state in
            let waiting = state.currentDocuments.flatMap { document in
                state.pages(of: document).filter { $0.status == .pending }.map { (document, $0) }
            }
            // Largest first (a page without a size counts as none), then in catalog order.
            return waiting.sorted { a, b in
                let (sizeA, sizeB) = ((a.1.width ?? 0) * (a.1.height ?? 0), (b.1.width ?? 0) * (b.1.height ?? 0))
                if sizeA != sizeB { return sizeA > sizeB }
                return State.inCatalogOrder((a.0.fileID, a.0.name, a.1.number), (b.0.fileID, b.0.name, b.1.number))
            }
            .map { state.job($0.1, in: $0.0) }
        }
    }

    public func finishedPageKeys(batch: Int64) throws -> [PageKeys] {
        try read { state in
            let documents = (state.seen[batch] ?? []).compactMap { state.documents[$0] }.filter(\.isCurrent)
            return Self.finished(documents, in: state)
        }
    }

    public func pageKeys(ofFile id: FileID) throws -> [PageKeys] {
        try read { state in Self.finished(state.currentDocuments.filter { $0.fileID == id }, in: state) }
    }

    /// The done and blank pages of documents, in catalog order, with their keys.
    private static func finished(_ documents: [State.Document], in state: State) -> [PageKeys] {
        documents.sorted { State.inCatalogOrder(($0.fileID, $0.name, 0), ($1.fileID, $1.name, 0)) }.flatMap { document in
            state.pages(of: document).filter { $0.status == .done || $0.status == .blank }.map { state.keys($0, in: document) }
        }
    }

    public func recordPages(_ outcomes: [PageOutcome]) throws {
        guard !outcomes.isEmpty else { return }
        try write { state in
            var documents: Set<Int64> = []
            for outcome in outcomes { documents.insert(try record(outcome, in: &state)) }
            for document in documents { state.rollUp(document: document) }
        }
    }

    /// One page's outcome, inside the caller's transaction; returns the page's document (rolled up once per call).
    private func record(_ outcome: PageOutcome, in state: inout State) throws -> Int64 {
        guard var page = state.pages[outcome.pageID], let document = state.documents[page.document] else {
            throw Refusal.noSuchPage(outcome.pageID)
        }
        let now = Self.now()
        // A class belongs to the text it was computed from: when a page's text changes (read anew, or lost), the
        // document's class is forgotten until it is classified again (DisclosurePolicy).
        if Self.changesText(outcome, status: page.status, ocrKey: page.ocrKey) { state.clearClassification(document: document.id) }
        page.status = outcome.result.status
        page.dpi = outcome.dpi
        if let source = outcome.dpiSource { page.dpiSource = source }
        let normalised: DerivationRecord?
        switch outcome.result {
        case .read(let n, let ocr, let text), .unreadable(let n, let ocr, let text):
            normalised = n
            state.store(ocr, agent: agent, at: now)
            page.ocrKey = ocr.key
            page.ocrConfidence = ocr.result(as: OCRSummary.self)?.meanConfidence
            if case .unreadable = outcome.result { page.error = PageOutcome.Result.noText } else { page.error = nil }
            // The best reading's text is indexed even when it is too little: what was found stays findable.
            page.indexedText = text
        case .blank(let n):
            // A blank page has no failure: an earlier one is cleared.
            normalised = n
            page.error = nil
        case .failed(let failure, let n):
            normalised = n
            page.error = failure
        }
        if let normalised {
            state.store(normalised, agent: agent, at: now)
            page.normaliseKey = normalised.key
            if let report = normalised.result(as: NormalisationReport.self) { page.dpi = report.dpi }
        }
        // An outcome clears the page of any crash it was only a bystander to (RunLedger).
        state.abnormalEnds[.page(outcome.pageID)] = nil
        state.pages[page.id] = page
        for event in outcome.provenance {
            state.events.append(
                ArchiveEvent(
                    kind: event.kind, at: now, agent: agent, outcome: event.outcome, detail: event.detail, fileID: document.fileID.rawValue,
                    document: document.name, page: page.number))
        }
        return document.id
    }

    /// Whether an outcome gives a page another text than it had (a pending page had none).
    static func changesText(_ outcome: PageOutcome, status: PageStatus, ocrKey: String?) -> Bool {
        guard status == outcome.result.status else { return true }
        switch outcome.result {
        case .read(_, let ocr, _), .unreadable(_, let ocr, _): return ocr.key != ocrKey
        default: return false
        }
    }
}
