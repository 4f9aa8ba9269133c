import DigitiseCore
import GRDB

extension SQLiteCatalog: UnreadablePages {
    public func requestRescan(file: FileID, document: String, page: Int, person: String, note: String?) throws {
        try write { db in
            let found = try Self.pageWithoutText(file: file, document: document, page: page, in: db)
            let now = Self.now()
            try db.run(
                "UPDATE pages SET mark = ?, marked_by = ?, updated_at = ? WHERE id = ?",
                [PageMark.rescanRequested.rawValue, "\(person) on \(now)", now, found.page])
            try Self.insert(
                .rescanRequested(file: file, document: document, page: page, person: person, note: note, at: now, agent: agent), in: db)
        }
    }

    public func transcribe(file: FileID, document: String, page: Int, text: String, object: StoredObject, person: String) throws {
        try write { db in
            let found = try Self.pageWithoutText(file: file, document: document, page: page, in: db)
            let now = Self.now()
            let derivation = DerivationRecord(
                key: DerivationKey.transcription(text: object.hash, person: person), stage: .ocr, outputs: ["text": object],
                result: Transcription(person: person, characters: text.count))
            try Self.store(derivation, in: db, now: now, agent: agent)
            try db.run(
                """
                UPDATE pages SET status = 'done', ocr_key = ?, ocr_confidence = NULL, error_stage = NULL, error_code = NULL,
                    error_message = NULL, mark = ?, marked_by = ?, updated_at = ? WHERE id = ?
                """, [derivation.key, PageMark.transcribed.rawValue, "\(person) on \(now)", now, found.page])
            try db.run("DELETE FROM page_text WHERE rowid = ?", [found.page])
            try db.run("INSERT INTO page_text(rowid, text) VALUES (?, ?)", [found.page, text])
            try Self.clearClassification(document: found.document, in: db)
            try Self.rollUp(document: found.document, in: db)
            try Self.insert(
                .transcribed(
                    file: file, document: document, page: page, characters: text.count, object: object, person: person, at: now,
                    agent: agent), in: db)
        }
    }

    /// The page (and its document) a mark is for, or the refusal: no such current page, or a page with text.
    static func pageWithoutText(file: FileID, document: String, page: Int, in db: Database) throws -> (page: Int64, document: Int64) {
        guard
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT p.id, p.document_id, p.status FROM pages p JOIN documents d ON d.id = p.document_id
                    WHERE d.file_id = ? AND d.name = ? AND d.is_current = 1 AND p.number = ?
                    """, arguments: [file.rawValue, document, page])
        else { throw ReviewDeskError.noSuchPage(file: file, document: document, page: page) }
        let status = PageStatus(rawValue: row[2]) ?? .pending
        guard status == .unreadable || status == .failed else {
            throw ReviewDeskError.pageNotMarkable(file: file, document: document, page: page, status: status)
        }
        return (row[0], row[1])
    }
}
