import DigitiseCore
import Foundation
import PostgresNIO

extension PostgresCatalog: ArchiveReader {
    public func events(forFile id: FileID) throws -> [ArchiveEvent] {
        try read { connection in
            try connection.rows(
                """
                SELECT type, at, agent, operator, outcome, detail, file_id, document, page, object_hash
                FROM events WHERE file_id = ? ORDER BY id
                """, [id.rawValue]
            ).compactMap { row in
                guard let kind = ArchiveEvent.Kind(rawValue: try row[0]), let outcome = ArchiveEvent.Outcome(rawValue: try row[4]) else {
                    return nil
                }
                return ArchiveEvent(
                    kind: kind, at: try row[1], agent: try row[2], person: try row[3], outcome: outcome, detail: try row[5],
                    fileID: try row[6], document: try row[7], page: (try row[8, as: Int64?.self]).map(Int.init), object: try row[9])
            }
        }
    }

    /// Every word (or phrase) of the query must occur on the page (`PostgresTextQuery`), whole or, asked for, by
    /// its stem; hits come best first by `ts_rank`, then by file, document and page in byte order, as SQLite orders
    /// them.
    public func search(_ query: SearchQuery) throws -> [SearchHit] {
        let terms = try SearchTerm.parse(query.text)
        var arguments: [(any PostgresDynamicTypeEncodable)?] = []
        let target = PostgresTextQuery.target(stemmed: query.stemmed)
        let match = PostgresTextQuery.sql(for: terms, in: target, arguments: &arguments)
        // Three steps. The matches ranked by their vectors alone, best first; then joined to their pages and
        // documents in that order, for the filters and the order of equal ranks, which PostgreSQL does lazily (an
        // incremental sort over the presorted rank stops once the 20th hit's rank is complete), so a common surname's
        // thousands of matches are not each joined; then the snippets of the few kept. In one step every match was
        // joined, and the sort carried its text (the snippet's input) and spilled to disk.
        var sql = """
            WITH q AS (SELECT \(match) AS query),
            ranked AS (
                SELECT t.page_id, ts_rank(\(target.vector), q.query) AS rank FROM q, page_text t WHERE \(target.vector) @@ q.query
                ORDER BY rank DESC),
            hits AS (
                SELECT r.page_id, d.file_id, d.name, p.number, d.class, r.rank
                FROM ranked r JOIN pages p ON p.id = r.page_id JOIN documents d ON d.id = p.document_id
                WHERE d.is_current = 1
            """
        if let file = query.fileID {
            sql += " AND d.file_id = ?"
            arguments.append(file.rawValue)
        }
        if let since = query.since {
            sql += " AND d.created_at >= ?"
            arguments.append(since)
        }
        if let documentClass = query.documentClass {
            sql += " AND d.class = ?"
            arguments.append(documentClass)
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
        sql += """
                ORDER BY r.rank DESC, d.file_id COLLATE "C", d.name COLLATE "C", p.number LIMIT ?)
            SELECT h.file_id, h.name, h.number,
                   ts_headline('\(target.snippets)', t.text, q.query, 'StartSel=«, StopSel=», MaxWords=12, MinWords=4, ShortWord=1, HighlightAll=false'),
                   h.class
            FROM q, hits h JOIN page_text t ON t.page_id = h.page_id
            ORDER BY h.rank DESC, h.file_id COLLATE "C", h.name COLLATE "C", h.number
            """
        arguments.append(query.limit)
        return try read { connection in
            try connection.rows(sql, arguments).map { row in
                SearchHit(
                    fileID: try row[0], document: try row[1], page: Int(try row[2, as: Int64.self]),
                    snippet: (try row[3, as: String.self]).split(whereSeparator: \.isNewline).joined(separator: " "),
                    documentClass: try row[4])
            }
        }
    }

    public func fileRecord(_ id: FileID) throws -> FileRecord? {
        try read { connection in try Self.fileRecord(id, in: connection) }
    }

    static func fileRecord(_ id: FileID, in connection: PostgresSession.Connection) throws -> FileRecord? {
        guard let holdsAsylum = try connection.value("SELECT holds_asylum FROM files WHERE id = ?", [id.rawValue], as: Int64.self) else {
            return nil
        }
        let documents = try connection.rows(
            """
            SELECT id, name, version, status, class, class_probability, kind, review, decided_by,
                   (SELECT c.result_json::json #>> '{explanation,model}' FROM derivations c WHERE c.key = classify_key)
            FROM documents WHERE file_id = ? AND is_current = 1
            """, [id.rawValue]
        ).sorted { NaturalOrder.areInIncreasingOrder((try? $0[1, as: String.self]) ?? "", (try? $1[1, as: String.self]) ?? "") }
        return FileRecord(
            file: id.rawValue, holdsAsylum: holdsAsylum != 0,
            documents: try documents.map { document in
                let documentID: Int64 = try document[0]
                let pages = try connection.rows(
                    """
                    SELECT p.number, p.status, p.error_stage, p.error_code, p.error_message, p.ocr_confidence, t.text,
                           n.result_json, o.result_json, p.mark, p.marked_by
                    FROM pages p LEFT JOIN page_text t ON t.page_id = p.id
                    LEFT JOIN derivations n ON n.key = p.normalise_key LEFT JOIN derivations o ON o.key = p.ocr_key
                    WHERE p.document_id = ? ORDER BY p.number
                    """, [documentID])
                let identifiers = try connection.rows(
                    "SELECT kind, value FROM identifiers WHERE document_id = ? ORDER BY kind COLLATE \"C\", value COLLATE \"C\"",
                    [documentID]
                ).map { "\(try $0[0, as: String.self]):\(try $0[1, as: String.self])" }
                return DocumentRecord(
                    name: try document[1], version: Int(try document[2, as: Int64.self]), status: try document[3], class: try document[4],
                    probability: try document[5], kind: try document[6], review: (try document[7, as: Int64.self]) != 0,
                    decidedBy: try document[8], model: try document[9], identifiers: identifiers,
                    pages: try pages.map(pageRecord))
            })
    }

    /// One page of `fileRecord`: its state, latest failure, text and what normalising and reading it found.
    private static func pageRecord(_ row: PostgresResultRow) throws -> PageRecord {
        var failure: StageFailure?
        if let name = try row[2, as: String?.self], let stage = Stage(rawValue: name) {
            failure = StageFailure(stage: stage, code: try row[3, as: String?.self] ?? "", message: try row[4, as: String?.self] ?? "")
        }
        let report = (try row[7, as: String?.self]).flatMap { try? JSONDecoder().decode(NormalisationReport.self, from: Data($0.utf8)) }
        let reading = (try row[8, as: String?.self]).flatMap { try? JSONDecoder().decode(OCRSummary.self, from: Data($0.utf8)) }
        return PageRecord(
            number: Int(try row[0, as: Int64.self]), status: PageStatus(rawValue: try row[1]) ?? .pending, error: failure,
            ocrConfidence: (try row[5, as: Int64?.self]).map(Int.init), text: try row[6], rotation: report?.rotation,
            ladder: reading?.ladder == nil ? nil : reading, mark: (try row[9, as: String?.self]).flatMap(PageMark.init),
            markedBy: try row[10])
    }

    public func contents(of id: FileID) throws -> FileContents? {
        try read { connection in
            guard let record = try Self.fileRecord(id, in: connection) else { return nil }
            let documents = try connection.rows(
                "SELECT id, name, version FROM documents WHERE file_id = ? AND is_current = 1", [id.rawValue]
            )
            .sorted { NaturalOrder.areInIncreasingOrder((try? $0[1, as: String.self]) ?? "", (try? $1[1, as: String.self]) ?? "") }
            return FileContents(
                record: record,
                documents: try documents.map { document in
                    let documentID: Int64 = try document[0]
                    let sources = try connection.rows(
                        """
                        SELECT s.relative_path, s.object_hash, o.size FROM document_sources s JOIN objects o ON o.hash = s.object_hash
                        WHERE s.document_id = ? ORDER BY s.position
                        """, [documentID]
                    ).compactMap { row -> DocumentContents.Source? in
                        guard let hash = ObjectHash(hex: try row[1]) else { return nil }
                        return .init(relativePath: try row[0], object: StoredObject(hash: hash, size: Int(try row[2, as: Int64.self])))
                    }
                    var pages: [Int: [String: StoredObject]] = [:]
                    for row in try connection.rows("SELECT number FROM pages WHERE document_id = ?", [documentID]) {
                        pages[Int(try row[0, as: Int64.self])] = [:]
                    }
                    for row in try connection.rows(
                        """
                        SELECT p.number, o.role, o.object_hash, b.size FROM pages p
                        JOIN derivation_outputs o ON o.key = p.normalise_key OR o.key = p.ocr_key
                        JOIN objects b ON b.hash = o.object_hash WHERE p.document_id = ?
                        """, [documentID])
                    {
                        guard let hash = ObjectHash(hex: try row[2]) else { continue }
                        pages[Int(try row[0, as: Int64.self]), default: [:]][try row[1]] = StoredObject(
                            hash: hash, size: Int(try row[3, as: Int64.self]))
                    }
                    return DocumentContents(
                        name: try document[1], version: Int(try document[2, as: Int64.self]), sources: sources,
                        pages: pages.keys.sorted().map { .init(number: $0, outputs: pages[$0] ?? [:]) })
                })
        }
    }

    public func batchIDs() throws -> [Int64] {
        try read { connection in try connection.rows("SELECT id FROM batches ORDER BY id DESC").map { try $0[0, as: Int64.self] } }
    }
}
