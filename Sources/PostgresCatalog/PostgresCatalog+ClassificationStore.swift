import DigitiseCore
import PostgresNIO

extension PostgresCatalog: ClassificationStore {
    public func documentsToClassify(batch: Int64?, file: FileID?) throws -> [DocumentText] {
        try read { db in
            var sql = "SELECT d.id, d.file_id, d.name, d.classify_key FROM documents d"
            var arguments: [(any PostgresDynamicTypeEncodable)?] = []
            if let batch {
                sql += " JOIN batch_documents b ON b.document_id = d.id AND b.batch_id = ?"
                arguments.append(batch)
            }
            sql += " WHERE d.is_current = 1 AND d.status != 'pending'"
            if let file {
                sql += " AND d.file_id = ?"
                arguments.append(file.rawValue)
            }
            sql += " ORDER BY d.file_id COLLATE \"C\", d.name COLLATE \"C\""
            return try db.rows(sql, arguments).compactMap { row -> DocumentText? in
                guard let fileID = FileID(validating: try row[1, as: String.self]) else { return nil }
                let id = try row[0, as: Int64.self]
                return DocumentText(
                    documentID: id, fileID: fileID, name: try row[2, as: String.self],
                    classifyKey: row.isNull(3) ? nil : try row[3, as: String.self], pages: try Self.textPages(document: id, in: db))
            }
        }
    }

    public func recordClassification(
        document: Int64, derivation: DerivationRecord, classification c: Classification, reused: Bool, redo: Bool
    ) throws {
        try write { db in
            // Workers sharing the catalog may classify the same finished document at once: the first records it, the
            // others find its key recorded and add nothing (no second event). Locked, so that they find it in turn.
            let current = try db.value("SELECT classify_key FROM documents WHERE id = ? FOR UPDATE", [document], as: String.self)
            if current == derivation.key && !redo { return }
            let now = Self.now()
            try Self.store(derivation, in: db, now: now, agent: agent)
            try db.run(
                """
                UPDATE documents SET class = ?, class_probability = ?, kind = ?, review = ?, review_reason = ?, classify_key = ?,
                    classified_at = ?, decided_by = ? WHERE id = ?
                """,
                [
                    c.documentClass?.rawValue, c.probability, c.kind?.rawValue, c.needsReview ? 1 : 0, c.reviewReason, derivation.key,
                    now, c.decidedBy, document,
                ])
            try db.run("DELETE FROM identifiers WHERE document_id = ?", [document])
            for identifier in c.identifiers {
                try db.run(
                    "INSERT INTO identifiers(document_id, kind, value) VALUES (?,?,?) ON CONFLICT DO NOTHING",
                    [document, identifier.kind.rawValue, identifier.value])
            }
            guard let row = try db.row("SELECT file_id, name FROM documents WHERE id = ?", [document]) else { return }
            let file = try row[0, as: String.self]
            try Self.rollUpAsylum(file: file, in: db)
            try Self.insert(
                ArchiveEvent(
                    kind: .classification, at: now, agent: agent, outcome: c.needsReview ? .warning : .success,
                    detail: c.eventDetail(reused: reused), fileID: file, document: try row[1, as: String.self]), in: db)
        }
    }

    /// The roll-up: a personal file holding any current asylum document holds asylum documentation.
    static func rollUpAsylum(file: String, in db: PostgresSession.Connection) throws {
        try db.run(
            """
            UPDATE files SET holds_asylum = CASE WHEN EXISTS(
                SELECT 1 FROM documents WHERE file_id = ? AND is_current = 1 AND class = 'asylum') THEN 1 ELSE 0 END WHERE id = ?
            """, [file, file])
    }

    /// A document's pages with the object holding each readable page's text.
    static func textPages(document: Int64, in db: PostgresSession.Connection) throws -> [TextPage] {
        try db.rows(
            """
            SELECT p.number, p.status, o.object_hash FROM pages p
            LEFT JOIN derivation_outputs o ON o.key = p.ocr_key AND o.role = 'text'
            WHERE p.document_id = ? ORDER BY p.number
            """, [document]
        ).map { page in
            let status = PageStatus(rawValue: try page[1, as: String.self]) ?? .pending
            let text = status == .done && !page.isNull(2) ? ObjectHash(hex: try page[2, as: String.self]) : nil
            return TextPage(number: try page[0, as: Int.self], status: status, text: text)
        }
    }
}
