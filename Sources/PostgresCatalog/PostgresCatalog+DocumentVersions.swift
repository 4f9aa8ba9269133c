import DigitiseCore

extension PostgresCatalog: DocumentVersions {
    public func newVersions(ofFile id: FileID, batch: Int64) throws -> [VersionChange] {
        try write { db in
            let now = Self.now()
            let current = try db.rows(
                "SELECT id, name, version, sources_key FROM documents WHERE file_id = ? AND is_current = 1 ORDER BY name FOR UPDATE",
                [id.rawValue])
            return try current.map { old in
                let oldID: Int64 = try old[0]
                let name: String = try old[1]
                let oldVersion: Int = try old[2]
                let version = oldVersion + 1
                let newID = try Self.insertCurrentVersion(
                    file: id.rawValue, name: name, version: version, sourcesKey: try old[3], replacing: oldID, batch: batch, now: now,
                    in: db)
                try db.run(
                    """
                    INSERT INTO document_sources(document_id, position, object_hash, relative_path, format)
                    SELECT ?, position, object_hash, relative_path, format FROM document_sources WHERE document_id = ?
                    """, [newID, oldID])
                // As on SQLite: pages start as copies of the old version's; those that failed after ingest wait again.
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
                    INSERT INTO page_text(page_id, text)
                    SELECT n.id, t.text FROM pages o JOIN page_text t ON t.page_id = o.id
                    JOIN pages n ON n.document_id = ? AND n.number = o.number WHERE o.document_id = ?
                    """, [newID, oldID])
                try db.run("DELETE FROM page_text WHERE page_id IN (SELECT id FROM pages WHERE document_id = ?)", [oldID])
                try Self.rollUp(document: newID, in: db)
                return VersionChange(name: name, previousID: oldID, previousVersion: oldVersion, currentID: newID, currentVersion: version)
            }
        }
    }

    public func documentVersion(_ id: Int64) throws -> DocumentVersion? {
        try read { db in
            guard let document = try db.row("SELECT name, version, status, class, class_probability FROM documents WHERE id = ?", [id])
            else { return nil }
            let pages = try db.rows(
                """
                SELECT p.number, p.status, o.object_hash FROM pages p
                LEFT JOIN derivation_outputs o ON o.key = p.ocr_key AND o.role = 'text'
                WHERE p.document_id = ? ORDER BY p.number
                """, [id])
            return DocumentVersion(
                name: try document[0], version: try document[1, as: Int.self], status: try document[2], documentClass: try document[3],
                probability: try document[4],
                pages: try pages.map { row in
                    let status = PageStatus(rawValue: try row[1]) ?? .pending
                    // A page reads as text only when it is done: a failed redo keeps the old key but has no text now.
                    let text = status == .done ? (try row[2, as: String?.self]).flatMap(ObjectHash.init(hex:)) : nil
                    return TextPage(number: try row[0, as: Int.self], status: status, text: text)
                })
        }
    }
}
