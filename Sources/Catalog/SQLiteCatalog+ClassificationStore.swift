import DigitiseCore
import GRDB

extension SQLiteCatalog: ClassificationStore {
    public func documentsToClassify(batch: Int64?, file: FileID?) throws -> [DocumentText] {
        try read { db in
            var sql = "SELECT d.id, d.file_id, d.name, d.classify_key FROM documents d"
            var arguments: StatementArguments = []
            if let batch {
                sql += " JOIN batch_documents b ON b.document_id = d.id AND b.batch_id = ?"
                arguments += [batch]
            }
            sql += " WHERE d.is_current = 1 AND d.status != 'pending'"
            if let file {
                sql += " AND d.file_id = ?"
                arguments += [file.rawValue]
            }
            sql += " ORDER BY d.file_id, d.name"
            return try Row.fetchAll(db, sql: sql, arguments: arguments).compactMap { row -> DocumentText? in
                guard let fileID = FileID(validating: row[1]) else { return nil }
                let pages = try Self.textPages(document: row[0], in: db)
                return DocumentText(documentID: row[0], fileID: fileID, name: row[2], classifyKey: row[3], pages: pages)
            }
        }
    }

    public func recordClassification(
        document: Int64, derivation: DerivationRecord, classification c: Classification, reused: Bool, redo: Bool
    ) throws {
        try write { db in
            let current = try String.fetchOne(db, sql: "SELECT classify_key FROM documents WHERE id = ?", arguments: [document])
            if current == derivation.key && !redo { return }  // already recorded (the port's contract)
            let now = Self.now()
            try Self.store(derivation, in: db, now: now, agent: agent)
            try db.run(
                """
                UPDATE documents SET class = ?, class_probability = ?, kind = ?, review = ?, review_reason = ?, classify_key = ?,
                    classified_at = ?, decided_by = ? WHERE id = ?
                """,
                [
                    c.documentClass?.rawValue, c.probability, c.kind?.rawValue, c.needsReview, c.reviewReason, derivation.key, now,
                    c.decidedBy, document,
                ])
            try db.run("DELETE FROM identifiers WHERE document_id = ?", [document])
            for identifier in c.identifiers {
                try db.run(
                    "INSERT OR IGNORE INTO identifiers(document_id, kind, value) VALUES (?,?,?)",
                    [document, identifier.kind.rawValue, identifier.value])
            }
            guard let row = try Row.fetchOne(db, sql: "SELECT file_id, name FROM documents WHERE id = ?", arguments: [document]) else {
                return
            }
            let file: String = row[0]
            try Self.rollUpAsylum(file: file, in: db)
            try Self.insert(
                ArchiveEvent(
                    kind: .classification, at: now, agent: agent, outcome: c.needsReview ? .warning : .success,
                    detail: c.eventDetail(reused: reused), fileID: file, document: row[1]), in: db)
        }
    }

    /// The roll-up: a personal file holding any current asylum document holds asylum documentation.
    static func rollUpAsylum(file: String, in db: Database) throws {
        try db.run(
            """
            UPDATE files SET holds_asylum = EXISTS(
                SELECT 1 FROM documents WHERE file_id = ? AND is_current = 1 AND class = 'asylum') WHERE id = ?
            """, [file, file])
    }
}
