extension ArchiveEvent {
    /// The event of a person asking for a new scan of a page without text (`UnreadablePages.requestRescan`), in the
    /// one wording every catalog records.
    public static func rescanRequested(
        file: FileID, document: String, page: Int, person: String, note: String?, at now: String, agent: String
    ) -> ArchiveEvent {
        ArchiveEvent(
            kind: .transcription, at: now, agent: agent, person: person, outcome: .warning,
            detail: "rescan requested by \(person)" + (note.map { "; note: \($0)" } ?? ""), fileID: file.rawValue, document: document,
            page: page)
    }

    /// The event of a person typing a page's text in (`UnreadablePages.transcribe`).
    public static func transcribed(
        file: FileID, document: String, page: Int, characters: Int, object: StoredObject, person: String, at now: String, agent: String
    ) -> ArchiveEvent {
        ArchiveEvent(
            kind: .transcription, at: now, agent: agent, person: person, outcome: .success,
            detail: "transcribed by hand by \(person) (\(characters) characters)", fileID: file.rawValue, document: document, page: page,
            object: object.hash.hex)
    }
}
