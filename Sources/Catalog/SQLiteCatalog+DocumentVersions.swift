import DigitiseCore
import GRDB

extension SQLiteCatalog: DocumentVersions {
    public func newVersions(ofFile id: FileID, batch: Int64) throws -> [VersionChange] {
        try write { db in
            let now = Self.now()
            let current = try Row.fetchAll(
                db, sql: "SELECT id, name, version, sources_key FROM documents WHERE file_id = ? AND is_current = 1 ORDER BY name",
                arguments: [id.rawValue])
            return try current.map { old in
                let oldID: Int64 = old["id"]
                let version: Int = old["version"] + 1
                try db.run("UPDATE documents SET is_current = 0 WHERE id = ?", [oldID])
                try db.run(
                    """
                    INSERT INTO documents(file_id, name, version, is_current, sources_key, status, created_batch_id, created_at)
                    VALUES (?,?,?,1,?,'pending',?,?)
                    """, [id.rawValue, old["name"], version, old["sources_key"], batch, now])
                let newID = db.lastInsertedRowID
                try Self.markSeen(document: newID, batch: batch, in: db)
                try db.run(
                    """
                    INSERT INTO document_sources(document_id, position, object_hash, relative_path, format)
                    SELECT ?, position, object_hash, relative_path, format FROM document_sources WHERE document_id = ?
                    """, [newID, oldID])
                // Pages start as copies of the old version's (so a stage not redone keeps its results, and a person's
                // mark and transcription stay); pages that failed after ingest, or were unreadable, wait again: a
                // rescan or a better pipeline is the reason to reprocess.
                try db.run(
                    """
                    INSERT INTO pages(document_id, number, source_object, source_page, width, height, stated_dpi, dpi, dpi_source,
                                      status, error_stage, error_code, error_message, normalise_key, ocr_key, ocr_confidence, mark,
                                      marked_by, updated_at)
                    SELECT ?, number, source_object, source_page, width, height, stated_dpi, dpi, dpi_source,
                           CASE WHEN status IN ('failed', 'unreadable') AND error_stage != 'ingest' THEN 'pending' ELSE status END,
                           error_stage, error_code, error_message, normalise_key, ocr_key, ocr_confidence, mark, marked_by, ?
                    FROM pages WHERE document_id = ? ORDER BY number
                    """, [newID, now, oldID])
                // The full-text index follows the current version.
                try db.run(
                    """
                    INSERT INTO page_text(rowid, text)
                    SELECT n.id, t.text FROM pages o JOIN page_text t ON t.rowid = o.id
                    JOIN pages n ON n.document_id = ? AND n.number = o.number WHERE o.document_id = ?
                    """, [newID, oldID])
                try db.run("DELETE FROM page_text WHERE rowid IN (SELECT id FROM pages WHERE document_id = ?)", [oldID])
                try Self.rollUp(document: newID, in: db)
                return VersionChange(
                    name: old["name"], previousID: oldID, previousVersion: old["version"], currentID: newID, currentVersion: version)
            }
        }
    }

    public func documentVersion(_ id: Int64) throws -> DocumentVersion? {
        try read { db in
            guard
                let document = try Row.fetchOne(
                    db, sql: "SELECT name, version, status, class, class_probability FROM documents WHERE id = ?", arguments: [id])
            else { return nil }
            let pages = try Row.fetchAll(
                db,
                sql: """
                    SELECT p.number, p.status, o.object_hash FROM pages p
                    LEFT JOIN derivation_outputs o ON o.key = p.ocr_key AND o.role = 'text'
                    WHERE p.document_id = ? ORDER BY p.number
                    """, arguments: [id])
            return DocumentVersion(
                name: document[0], version: document[1], status: document[2], documentClass: document[3], probability: document[4],
                pages: pages.map { row in
                    let status = PageStatus(rawValue: row[1]) ?? .pending
                    // A page reads as text only when it is done: a failed redo keeps the old key but has no text now.
                    let text = status == .done ? (row[2] as String?).flatMap(ObjectHash.init(hex:)) : nil
                    return TextPage(number: row[0], status: status, text: text)
                })
        }
    }

}
