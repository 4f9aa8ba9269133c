import DigitiseCore
import Foundation
import GRDB

extension SQLiteCatalog: ReviewDesk {
    public func reviewQueue() throws -> [ReviewItem] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT d.id, d.file_id, d.name, d.version, d.review_reason, d.class, d.class_probability, d.kind, d.classified_at,
                           c.result_json
                    FROM documents d LEFT JOIN derivations c ON c.key = d.classify_key
                    WHERE d.review = 1 AND d.is_current = 1 ORDER BY d.classified_at, d.file_id, d.name
                    """
            ).compactMap { row -> ReviewItem? in
                guard let file = FileID(validating: row[1]) else { return nil }
                return ReviewItem(
                    fileID: file, document: row[2], version: row[3], reason: row[4] ?? "",
                    modelClass: (row[5] as String?).flatMap(DocumentClass.init),
                    modelProbability: row[6], kind: (row[7] as String?).flatMap(DocumentKind.init), since: row[8] ?? "",
                    textKey: ReviewDecision.textKey(of: try Self.textPages(document: row[0], in: db)),
                    explanation: (row[9] as String?).flatMap { try? JSONDecoder().decode(Classification.self, from: Data($0.utf8)) }?
                        .explanation)
            }
        }
    }

    public func decide(
        file: FileID, document: String, documentClass: DocumentClass, kind: DocumentKind?, person: String, note: String?
    ) throws -> ReviewDecision {
        try write { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: "SELECT id, class, class_probability, kind FROM documents WHERE file_id = ? AND name = ? AND is_current = 1",
                    arguments: [file.rawValue, document])
            else { throw ReviewDeskError.noSuchDocument(file: file, document: document) }
            let id: Int64 = row[0]
            let decision = ReviewDecision(
                fileID: file, document: document, documentClass: documentClass, kind: kind, person: person, at: Self.now(), note: note,
                textKey: ReviewDecision.textKey(of: try Self.textPages(document: id, in: db)),
                modelClass: (row[1] as String?).flatMap(DocumentClass.init), modelProbability: row[2])
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
                    documentClass.rawValue, decision.keptKind(modelKind: (row[3] as String?).flatMap(DocumentKind.init))?.rawValue,
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
        try read { db in try latestDecision(file: file, document: document, in: db) }
    }

    func latestDecision(file: FileID, document: String, in db: Database) throws -> ReviewDecision? {
        guard
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT class, kind, person, at, note, text_key, model_class, model_probability FROM review_decisions
                    WHERE file_id = ? AND document = ? ORDER BY id DESC LIMIT 1
                    """, arguments: [file.rawValue, document]),
            let documentClass = DocumentClass(rawValue: row[0])
        else { return nil }
        return ReviewDecision(
            fileID: file, document: document, documentClass: documentClass, kind: (row[1] as String?).flatMap(DocumentKind.init),
            person: row[2], at: row[3], note: row[4], textKey: row[5], modelClass: (row[6] as String?).flatMap(DocumentClass.init),
            modelProbability: row[7])
    }

    public func standingDecisions() throws -> [DecidedText] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT d.id, d.file_id, d.name, d.kind FROM documents d
                    WHERE d.is_current = 1 AND EXISTS(SELECT 1 FROM review_decisions r WHERE r.file_id = d.file_id AND r.document = d.name)
                    ORDER BY d.file_id, d.name
                    """
            ).compactMap { row -> DecidedText? in
                guard let file = FileID(validating: row[1]), let decision = try latestDecision(file: file, document: row[2], in: db),
                    decision.textKey == ReviewDecision.textKey(of: try Self.textPages(document: row[0], in: db))
                else { return nil }
                let texts = try String.fetchAll(
                    db,
                    sql: """
                        SELECT t.text FROM pages p JOIN page_text t ON t.rowid = p.id
                        WHERE p.document_id = ? AND p.status = 'done' ORDER BY p.number
                        """, arguments: [row[0]])
                return DecidedText(
                    decision: decision, kind: (row[3] as String?).flatMap(DocumentKind.init), text: texts.joined(separator: "\n\n"))
            }
        }
    }

    /// A document's pages as the classify stage sees them (a page's text only when it is done).
    static func textPages(document: Int64, in db: Database) throws -> [TextPage] {
        try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT p.number, p.status, o.object_hash FROM pages p
                    LEFT JOIN derivation_outputs o ON o.key = p.ocr_key AND o.role = 'text'
                    WHERE p.document_id = ? ORDER BY p.number
                    """), arguments: [document]
        ).map { page in
            let status = PageStatus(rawValue: page[1]) ?? .pending
            return TextPage(
                number: page[0], status: status, text: status == .done ? (page[2] as String?).flatMap(ObjectHash.init(hex:)) : nil)
        }
    }
}
