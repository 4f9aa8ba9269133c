import DigitiseCore

extension MemoryCatalog: UnreadablePages {
    public func requestRescan(file: FileID, document: String, page number: Int, person: String, note: String?) throws {
        try write { state in
            let id = try state.pageWithoutText(file: file, document: document, page: number)
            let now = Self.now()
            state.pages[id]?.mark = .rescanRequested
            state.pages[id]?.markedBy = "\(person) on \(now)"
            state.events.append(
                ArchiveEvent(
                    kind: .transcription, at: now, agent: agent, person: person, outcome: .warning,
                    detail: "rescan requested by \(person)" + (note.map { "; note: \($0)" } ?? ""), fileID: file.rawValue,
                    document: document, page: number))
        }
    }

    public func transcribe(file: FileID, document: String, page number: Int, text: String, object: StoredObject, person: String) throws {
        try write { state in
            let id = try state.pageWithoutText(file: file, document: document, page: number)
            let now = Self.now()
            let derivation = DerivationRecord(
                key: DerivationKey.transcription(text: object.hash, person: person), stage: .ocr, outputs: ["text": object],
                result: Transcription(person: person, characters: text.count))
            state.store(derivation, agent: agent, at: now)
            guard var page = state.pages[id] else { return }
            page.status = .done
            page.ocrKey = derivation.key
            page.ocrConfidence = nil
            page.error = nil
            page.mark = .transcribed
            page.markedBy = "\(person) on \(now)"
            page.indexedText = text
            state.pages[id] = page
            state.clearClassification(document: page.document)
            state.rollUp(document: page.document)
            state.events.append(
                ArchiveEvent(
                    kind: .transcription, at: now, agent: agent, person: person, outcome: .success,
                    detail: "transcribed by hand by \(person) (\(text.count) characters)", fileID: file.rawValue, document: document,
                    page: number, object: object.hash.hex))
        }
    }
}

extension MemoryCatalog.State {
    /// The page a mark is for, or the refusal: no such current page, or a page with text.
    func pageWithoutText(file: FileID, document: String, page number: Int) throws -> Int64 {
        guard let current = current(file: file, name: document), let page = pages(of: current).first(where: { $0.number == number })
        else { throw ReviewDeskError.noSuchPage(file: file, document: document, page: number) }
        guard page.status == .unreadable || page.status == .failed else {
            throw ReviewDeskError.pageNotMarkable(file: file, document: document, page: number, status: page.status)
        }
        return page.id
    }
}
