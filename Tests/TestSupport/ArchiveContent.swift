/// An archive's content without ids and times, as text: files, document versions with their classes, identifiers,
/// page states and texts, objects and derivations. Two archives made from the same inbox must give the same text
/// however their runs were interrupted.
public enum ArchiveContent {
    public static func dump(_ archive: String) throws -> String {
        let queries = [
            "SELECT file_id, name, version, is_current, status, class, class_probability, kind, review, classify_key FROM documents ORDER BY 1, 2, 3",
            "SELECT d.file_id, d.name, i.kind, i.value FROM identifiers i JOIN documents d ON d.id = i.document_id ORDER BY 1, 2, 3, 4",
            "SELECT id, holds_asylum FROM files ORDER BY 1",
            """
            SELECT d.file_id, d.name, p.number, p.status, p.normalise_key, p.ocr_key, t.text FROM pages p
            JOIN documents d ON d.id = p.document_id LEFT JOIN page_text t ON t.rowid = p.id ORDER BY 1, 2, 3
            """,
            "SELECT hash, size FROM objects ORDER BY 1",
            "SELECT key, role, object_hash FROM derivation_outputs ORDER BY 1, 2",
            "SELECT count(*), count(DISTINCT document_id || '/' || number) FROM pages",
        ]
        return try queries.map { try Command.run("/usr/bin/sqlite3", [archive + "/catalog.sqlite", $0]).stdout }.joined(separator: "\n--\n")
    }

}
