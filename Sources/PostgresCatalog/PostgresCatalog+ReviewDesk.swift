import DigitiseCore
import Foundation

extension PostgresCatalog: ReviewDesk {
    public func reviewQueue() throws -> [ReviewItem] {
        try read { db in
            try db.rows(
                """
                SELECT d.id, d.file_id, d.name, d.version, d.review_reason, d.class, d.class_probability, d.kind, d.classified_at,
                       c.result_json
                FROM documents d LEFT JOIN derivations c ON c.key = d.classify_key
                WHERE d.review = 1 AND d.is_current = 1 ORDER BY d.classified_at, d.file_id COLLATE "C", d.name COLLATE "C"
                """
            ).compactMap { row -> ReviewItem? in
                guard let file = FileID(validating: try row[1, as: String.self]) else { return nil }
                return ReviewItem(
                    fileID: file, document: try row[2], version: try row[3, as: Int.self], reason: try row[4, as: String?.self] ?? "",
                    modelClass: (try row[5, as: String?.self]).flatMap(DocumentClass.init),
                    modelProbability: try row[6], kind: (try row[7, as: String?.self]).flatMap(DocumentKind.init),
                    since: try row[8, as: String?.self] ?? "",
                    textKey: ReviewDecision.textKey(of: try Self.textPages(document: try row[0], in: db)),
                    explanation: (try row[9, as: String?.self]).flatMap {
                        try? JSONDecoder().decode(Classification.self, from: Data($0.utf8))
                    }?.explanation)
            }
        }
    }

    public func decide(
        file: FileID, document: String, documentClass: DocumentClass, kind: DocumentKind?, person: String, note: String?
    ) throws -> ReviewDecision {
        try write { db in
            // FOR UPDATE: two people deciding the same document at once are recorded one after the other.
            guard
                let row = try db.row(
                    "SELECT id, class, class_probability, kind FROM documents WHERE file_id = ? AND name = ? AND is_current = 1 FOR UPDATE",
                    [file.rawValue, document])
            else { throw ReviewDeskError.noSuchDocument(file: file, document: document) }
            let id: Int64 = try row[0]
            let decision = ReviewDecision(
                fileID: file, document: document, documentClass: documentClass, kind: kind, person: person, at: Self.now(), note: note,
                textKey: ReviewDecision.textKey(of: try Self.textPages(document: id, in: db)),
                modelClass: (try row[1, as: String?.self]).flatMap(DocumentClass.init), modelProbability: try row[2])
            try db.run(
                """
                INSERT INTO review_decisions(file_id, document, document_id, class, kind, person, at, note, text_key, model_class,
                    model_probability) VALUES (?,?,?,?,?,?,?,?,?,?,?)
                """,
                [
                    file.rawValue, document, id, documentClass.rawValue, kind?.rawValue, person, decision.at, note, decision.textKey,
                    decision.modelClass?.rawValue, decision.modelProbability,
                ])
            try db.run(
                "UPDATE documents SET class = ?, kind = ?, review = 0, review_reason = NULL, decided_by = ? WHERE id = ?",
                [
                    documentClass.rawValue,
                    decision.keptKind(modelKind: (try row[3, as: String?.self]).flatMap(DocumentKind.init))?.rawValue,
                    decision.decidedBy, id,
                ])
            try Self.rollUpAsylum(file: file.rawValue, in: db)
            try Self.insert(
                ArchiveEvent(
                    kind: .classification, at: decision.at, agent: agent, person: person, outcome: .success,
                    detail: decision.eventDetail, fileID: file.rawValue, document: document), in: db)
            return decision
        }
    }

    public func latestDecision(file: FileID, document: String) throws -> ReviewDecision? {
        try read { db in try Self.latestDecision(file: file, document: document, in: db) }
    }

    static func latestDecision(file: FileID, document: String, in db: PostgresSession.Connection) throws -> ReviewDecision? {
        guard
            let row = try db.row(
                """
                SELECT class, kind, person, at, note, text_key, model_class, model_probability FROM review_decisions
                WHERE file_id = ? AND document = ? ORDER BY id DESC LIMIT 1
                """, [file.rawValue, document]),
            let documentClass = DocumentClass(rawValue: try row[0])
        else { return nil }
        return ReviewDecision(
            fileID: file, document: document, documentClass: documentClass, kind: (try row[1, as: String?.self]).flatMap(DocumentKind.init),
            person: try row[2], at: try row[3], note: try row[4], textKey: try row[5],
            modelClass: (try row[6, as: String?.self]).flatMap(DocumentClass.init), modelProbability: try row[7])
    }

    public func standingDecisions() throws -> [DecidedText] {
        try read { db in
            try db.rows(
                """
                SELECT d.id, d.file_id, d.name, d.kind FROM documents d
                WHERE d.is_current = 1 AND EXISTS(SELECT 1 FROM review_decisions r WHERE r.file_id = d.file_id AND r.document = d.name)
                ORDER BY d.file_id COLLATE "C", d.name COLLATE "C"
                """
            ).compactMap { row -> DecidedText? in
                let id: Int64 = try row[0]
                guard let file = FileID(validating: try row[1, as: String.self]),
                    let decision = try Self.latestDecision(file: file, document: try row[2], in: db),
                    decision.textKey == ReviewDecision.textKey(of: try Self.textPages(document: id, in: db))
                else { return nil }
                let texts = try db.rows(
                    """
                    SELECT t.text FROM pages p JOIN page_text t ON t.page_id = p.id
                    WHERE p.document_id = ? AND p.status = 'done' ORDER BY p.number
                    """, [id]
                ).map { try $0[0, as: String.self] }
                return DecidedText(
                    decision: decision, kind: (try row[3, as: String?.self]).flatMap(DocumentKind.init),
                    text: texts.joined(separator: "\n\n"))
            }
        }
    }
}
