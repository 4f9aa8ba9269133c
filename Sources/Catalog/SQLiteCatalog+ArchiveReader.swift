import DigitiseCore
import Foundation
import GRDB

extension SQLiteCatalog: ArchiveReader {
    public func events(forFile id: FileID) throws -> [ArchiveEvent] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT type, at, agent, operator, outcome, detail, file_id, document, page, object_hash
                    FROM events WHERE file_id = ? ORDER BY id
                    """, arguments: [id.rawValue]
            ).compactMap { row in
                guard let kind = ArchiveEvent.Kind(rawValue: row[0]), let outcome = ArchiveEvent.Outcome(rawValue: row[4]) else {
                    return nil
                }
                return ArchiveEvent(
                    kind: kind, at: row[1], agent: row[2], person: row[3], outcome: outcome, detail: row[5], fileID: row[6],
                    document: row[7],
                    page: row[8], object: row[9])
            }
        }
    }

    public func search(_ query: SearchQuery) throws -> [SearchHit] {
        guard !query.stemmed else { throw ArchiveQueryError.noStems }  // FTS5 has no Russian stemmer
        let match = try FTSQuery.build(query.text)
        do {
            return try read { db in
                var sql = """
                    SELECT d.file_id, d.name, p.number, snippet(page_text, 0, '«', '»', '…', 12), d.class
                    FROM page_text JOIN pages p ON p.id = page_text.rowid JOIN documents d ON d.id = p.document_id
                    WHERE page_text MATCH ? AND d.is_current = 1
                    """
                var arguments: StatementArguments = [match]
                if let file = query.fileID {
                    sql += " AND d.file_id = ?"
                    arguments += [file.rawValue]
                }
                if let since = query.since {
                    sql += " AND d.created_at >= ?"
                    arguments += [since]
                }
                if let documentClass = query.documentClass {
                    sql += " AND d.class = ?"
                    arguments += [documentClass]
                }
                if let identifier = query.identifier {
                    sql += " AND d.id IN (SELECT document_id FROM identifiers WHERE kind = ? AND value = ?)"
                    arguments += [identifier.kind.rawValue, identifier.value]
                }
                if let policy = query.openUnder {
                    // DisclosurePolicy.isOpen, in SQL: what it closes is never matched, so never listed or counted.
                    sql += " AND d.class = ? AND d.review = 0 AND (d.class_probability >= ? OR d.decided_by IS NOT NULL)"
                    arguments += [DocumentClass.personalFile.rawValue, policy.minimumProbability]
                }
                sql += " ORDER BY bm25(page_text), d.file_id, d.name, p.number LIMIT ?"
                arguments += [query.limit]
                return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                    SearchHit(
                        fileID: row[0], document: row[1], page: row[2],
                        snippet: (row[3] as String).split(whereSeparator: \.isNewline).joined(separator: " "), documentClass: row[4])
                }
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR {
            throw ArchiveQueryError.badQuery(error.message ?? "the full-text index rejected it")
        }
    }

    public func fileRecord(_ id: FileID) throws -> FileRecord? {
        try read { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM files WHERE id = ?", arguments: [id.rawValue]) == true else { return nil }
            let documents = try Row.fetchAll(
                db,
                sql: """
                    SELECT id, name, version, status, class, class_probability, kind, review, decided_by,
                           (SELECT json_extract(c.result_json, '$.explanation.model') FROM derivations c WHERE c.key = classify_key) AS model
                    FROM documents WHERE file_id = ? AND is_current = 1
                    """,
                arguments: [id.rawValue]
            ).sorted { NaturalOrder.areInIncreasingOrder($0["name"], $1["name"]) }
            let holdsAsylum = try Bool.fetchOne(db, sql: "SELECT holds_asylum FROM files WHERE id = ?", arguments: [id.rawValue]) ?? false
            return FileRecord(
                file: id.rawValue, holdsAsylum: holdsAsylum,
                documents: try documents.map { document in
                    let pages = try Row.fetchAll(
                        db,
                        sql: """
                            SELECT p.number, p.status, p.error_stage, p.error_code, p.error_message, p.ocr_confidence, t.text,
                                   n.result_json, o.result_json, p.mark, p.marked_by
                            FROM pages p LEFT JOIN page_text t ON t.rowid = p.id
                            LEFT JOIN derivations n ON n.key = p.normalise_key LEFT JOIN derivations o ON o.key = p.ocr_key
                            WHERE p.document_id = ? ORDER BY p.number
                            """, arguments: [document["id"]])
                    let identifiers = try Row.fetchAll(
                        db, sql: "SELECT kind, value FROM identifiers WHERE document_id = ? ORDER BY kind, value",
                        arguments: [document["id"]]
                    ).map { "\($0[0] as String):\($0[1] as String)" }
                    return DocumentRecord(
                        name: document["name"], version: document["version"], status: document["status"], class: document["class"],
                        probability: document["class_probability"], kind: document["kind"], review: document["review"] ?? false,
                        decidedBy: document["decided_by"], model: document["model"], identifiers: identifiers,
                        pages: pages.map { row in
                            let failure: StageFailure? = (row[2] as String?).flatMap { stage in
                                Stage(rawValue: stage).map { StageFailure(stage: $0, code: row[3] ?? "", message: row[4] ?? "") }
                            }
                            let report = (row[7] as String?).flatMap {
                                try? JSONDecoder().decode(NormalisationReport.self, from: Data($0.utf8))
                            }
                            let reading = (row[8] as String?).flatMap { try? JSONDecoder().decode(OCRSummary.self, from: Data($0.utf8)) }
                            return PageRecord(
                                number: row[0], status: PageStatus(rawValue: row[1]) ?? .pending, error: failure,
                                ocrConfidence: row[5], text: row[6], rotation: report?.rotation,
                                ladder: reading?.ladder == nil ? nil : reading, mark: (row[9] as String?).flatMap(PageMark.init),
                                markedBy: row[10])
                        })
                })
        }
    }

    public func contents(of id: FileID) throws -> FileContents? {
        guard let record = try fileRecord(id) else { return nil }
        return try read { db in
            let documents = try Row.fetchAll(
                db, sql: "SELECT id, name, version FROM documents WHERE file_id = ? AND is_current = 1", arguments: [id.rawValue]
            ).sorted { NaturalOrder.areInIncreasingOrder($0["name"], $1["name"]) }
            return FileContents(
                record: record,
                documents: try documents.map { document in
                    let sources = try Row.fetchAll(
                        db,
                        sql: """
                            SELECT s.relative_path, s.object_hash, o.size FROM document_sources s JOIN objects o ON o.hash = s.object_hash
                            WHERE s.document_id = ? ORDER BY s.position
                            """, arguments: [document["id"]]
                    ).compactMap { row -> DocumentContents.Source? in
                        guard let hash = ObjectHash(hex: row[1]) else { return nil }
                        return .init(relativePath: row[0], object: StoredObject(hash: hash, size: row[2]))
                    }
                    var pages: [Int: [String: StoredObject]] = [:]
                    for number in try Int.fetchAll(db, sql: "SELECT number FROM pages WHERE document_id = ?", arguments: [document["id"]]) {
                        pages[number] = [:]
                    }
                    for row in try Row.fetchAll(
                        db,
                        sql: """
                            SELECT p.number, o.role, o.object_hash, b.size FROM pages p
                            JOIN derivation_outputs o ON o.key = p.normalise_key OR o.key = p.ocr_key
                            JOIN objects b ON b.hash = o.object_hash WHERE p.document_id = ?
                            """, arguments: [document["id"]])
                    {
                        guard let hash = ObjectHash(hex: row[2]) else { continue }
                        pages[row[0], default: [:]][row[1]] = StoredObject(hash: hash, size: row[3])
                    }
                    return DocumentContents(
                        name: document["name"], version: document["version"], sources: sources,
                        pages: pages.keys.sorted().map { .init(number: $0, outputs: pages[$0] ?? [:]) })
                })
        }
    }

    public func batchIDs() throws -> [Int64] {
        try read { db in try Int64.fetchAll(db, sql: "SELECT id FROM batches ORDER BY id DESC") }
    }

    public func report(_ kind: ReportKind, filter: ReportFilter) throws -> Report {
        try read { db in
            let figures: [ReportFigure]
            let tables: [ReportTable]
            switch kind {
            case .progress: (figures, tables) = try Self.progress(db, filter)
            case .failures: (figures, tables) = try Self.failures(db, filter)
            case .review: (figures, tables) = try Self.review(db, filter)
            case .classes: (figures, tables) = try Self.classes(db, filter)
            case .fixity: (figures, tables) = try Self.fixity(db, filter)
            case .throughput: (figures, tables) = try Self.throughput(db, filter)
            }
            return Report(kind: kind, generatedAt: Self.now(), filter: filter, figures: figures, tables: tables)
        }
    }
}
