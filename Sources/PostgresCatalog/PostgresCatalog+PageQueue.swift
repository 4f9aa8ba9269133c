import DigitiseCore
import PostgresNIO

extension PostgresCatalog: PageQueue {
    public func registerDocument(_ document: IngestedDocument, batch: Int64) throws -> DocumentRegistration {
        let sourcesKey = document.sources.map { "\($0.relativePath)=\($0.object.hash.hex)" }.joined(separator: "\n")
        return try write { db in
            let now = Self.now()
            // Workers that see the same document at once register it one after the other: the second finds the
            // first's version and changes nothing (ingest is idempotent across machines).
            try db.run("SELECT pg_advisory_xact_lock(hashtext(?))", [document.fileID.rawValue + "/" + document.name])
            try db.run(
                "INSERT INTO files(id, first_batch_id, created_at) VALUES (?,?,?) ON CONFLICT DO NOTHING",
                [document.fileID.rawValue, batch, now])
            let current = try db.row(
                "SELECT id, version, sources_key FROM documents WHERE file_id = ? AND name = ? AND is_current = 1",
                [document.fileID.rawValue, document.name])
            if let current, try current[2, as: String.self] == sourcesKey {
                let id: Int64 = try current[0]
                for source in document.sources { try Self.recordRepair(of: source.object, agent: agent, at: now, in: db) }
                try Self.markSeen(document: id, batch: batch, in: db)
                return DocumentRegistration(documentID: id, version: try current[1], isNewVersion: false)
            }
            let version = (try current.map { try $0[1, as: Int.self] } ?? 0) + 1
            let old: Int64? = try current.map { try $0[0] }
            if let old {
                // The old version stays, with its pages and objects; only the full-text index follows the current one.
                try db.run("DELETE FROM page_text WHERE page_id IN (SELECT id FROM pages WHERE document_id = ?)", [old])
            }
            let documentID = try Self.insertCurrentVersion(
                file: document.fileID.rawValue, name: document.name, version: version, sourcesKey: sourcesKey, replacing: old,
                batch: batch, now: now, in: db)
            var number = 0
            var pageRows: [[(any PostgresDynamicTypeEncodable)?]] = []
            for (position, source) in document.sources.enumerated() {
                try db.run(
                    "INSERT INTO objects(hash, size, media_type, created_at) VALUES (?,?,?,?) ON CONFLICT DO NOTHING",
                    [source.object.hash.hex, source.object.size, source.format?.mediaType ?? "application/octet-stream", now])
                try db.run(
                    "INSERT INTO document_sources(document_id, position, object_hash, relative_path, format) VALUES (?,?,?,?,?)",
                    [documentID, position, source.object.hash.hex, source.relativePath, source.format?.rawValue])
                let pages: [Result<PageHeader, DecodeError>]
                switch source.pages {
                case .success(let headers): pages = headers
                case .failure(let error): pages = [.failure(error)]  // the unreadable source stands as one failed page
                }
                for (index, page) in pages.enumerated() {
                    number += 1
                    var arguments: [(any PostgresDynamicTypeEncodable)?] = [documentID, number, source.object.hash.hex, index, now]
                    switch page {
                    case .success(let header):
                        arguments += [header.width, header.height, header.dpi, "pending", nil, nil, nil]
                    case .failure(let error):
                        let failure = error.failure(at: .ingest)
                        arguments += [nil, nil, nil, "failed", failure.stage.rawValue, failure.code, failure.message]
                    }
                    pageRows.append(arguments)
                }
            }
            // All the document's pages in one statement (a multi-page TIFF can hold hundreds).
            try db.insert(
                into: "pages",
                columns: [
                    "document_id", "number", "source_object", "source_page", "updated_at", "width", "height", "stated_dpi", "status",
                    "error_stage", "error_code", "error_message",
                ],
                types: ["int8", "int8", "text", "int8", "text", "int8", "int8", "float8", "text", "text", "text", "text"], rows: pageRows)
            try Self.rollUp(document: documentID, in: db)
            try Self.insert(document.ingestionEvent(version: version, pageCount: number, at: now, agent: agent), in: db)
            for source in document.sources {
                try Self.recordRepair(of: source.object, agent: agent, at: now, in: db)
                try Self.insert(document.digestEvent(of: source, at: now, agent: agent), in: db)
            }
            return DocumentRegistration(documentID: documentID, version: version, isNewVersion: true)
        }
    }

    public func recordPages(_ outcomes: [PageOutcome]) throws {
        guard !outcomes.isEmpty else { return }
        try write { db in
            for document in try Self.record(outcomes, agent: agent, in: db).sorted() { try Self.rollUp(document: document, in: db) }
        }
    }

    /// A derivation, its output objects and their roles (`store(_:[DerivationRecord]…)`).
    static func store(_ derivation: DerivationRecord, in db: PostgresSession.Connection, now: String, agent: String) throws {
        try store([derivation], in: db, now: now, agent: agent)
    }

    static func mediaType(_ role: String) -> String {
        switch role {
        case "image": "image/png"
        case "text": "text/plain; charset=utf-8"
        case "hocr": "text/vnd.hocr+html"
        case "alto": "application/alto+xml"
        default: "application/octet-stream"
        }
    }

    /// Whether an outcome gives a page another text than it had (a pending page had none).
    static func changesText(_ outcome: PageOutcome, status: String, ocrKey: String?) -> Bool {
        guard status == outcome.result.status.rawValue else { return true }
        switch outcome.result {
        case .read(_, let ocr, _), .unreadable(_, let ocr, _): return ocr.key != ocrKey
        default: return false
        }
    }

    /// Forgets a document's class (its text changed): restricted, and classified again by the next classify stage.
    static func clearClassification(document: Int64, in db: PostgresSession.Connection) throws {
        try clearClassification(documents: [document], in: db)
    }

    static func markSeen(document: Int64, batch: Int64, in db: PostgresSession.Connection) throws {
        try db.run("INSERT INTO batch_documents(batch_id, document_id) VALUES (?, ?) ON CONFLICT DO NOTHING", [batch, document])
    }

    /// A document's new current version, seen by `batch`; the version it replaces (if any) stops being current.
    /// Workers waiting for new pages (`digitise work --follow`) are told when the transaction commits.
    static func insertCurrentVersion(
        file: String, name: String, version: Int, sourcesKey: String, replacing old: Int64?, batch: Int64, now: String,
        in db: PostgresSession.Connection
    ) throws -> Int64 {
        if let old { try db.run("UPDATE documents SET is_current = 0 WHERE id = ?", [old]) }
        let id =
            try db.value(
                """
                INSERT INTO documents(file_id, name, version, is_current, sources_key, status, created_batch_id, created_at)
                VALUES (?,?,?,1,?,'pending',?,?) RETURNING id
                """, [file, name, version, sourcesKey, batch, now], as: Int64.self) ?? 0
        try markSeen(document: id, batch: batch, in: db)
        try db.run("SELECT pg_notify('\(PostgresPagesSignal.channel)', '')")
        return id
    }

    /// A document is `pending` while any page waits, `failed` when every page failed, `partial` when some did,
    /// and `done` otherwise.
    static func rollUp(document: Int64, in db: PostgresSession.Connection) throws {
        try db.run(
            """
            UPDATE documents SET status = (
                SELECT CASE
                    WHEN count(*) FILTER (WHERE status = 'pending') > 0 THEN 'pending'
                    WHEN count(*) FILTER (WHERE status IN ('failed', 'unreadable')) = count(*) THEN 'failed'
                    WHEN count(*) FILTER (WHERE status IN ('failed', 'unreadable')) > 0 THEN 'partial'
                    ELSE 'done' END
                FROM pages WHERE document_id = ?)
            WHERE id = ?
            """, [document, document])
    }

    public func pendingPages() throws -> [PageJob] {
        try read { db in
            try db.rows(
                """
                SELECT p.id, d.file_id, d.name, p.number, p.source_object, p.source_page
                FROM pages p JOIN documents d ON d.id = p.document_id
                WHERE p.status = 'pending' AND d.is_current = 1
                ORDER BY coalesce(p.width * p.height, 0) DESC, d.file_id, d.name, p.number
                """
            ).compactMap(Self.job)
        }
    }

    /// A page job from a row that starts with id, file, document, number, source object and source page.
    static func job(_ row: PostgresResultRow) throws -> PageJob? {
        guard let file = FileID(validating: try row[1]), let source = ObjectHash(hex: try row[4]) else { return nil }
        return PageJob(
            pageID: try row[0], fileID: file, documentName: try row[2], number: try row[3, as: Int.self], sourceObject: source,
            sourcePage: try row[5, as: Int.self])
    }

    public func finishedPageKeys(batch: Int64) throws -> [PageKeys] {
        try read { db in
            try db.rows(
                """
                SELECT p.id, d.file_id, d.name, p.number, p.source_object, p.source_page, p.normalise_key, p.ocr_key, o.object_hash,
                       p.mark = 'transcribed'
                FROM pages p JOIN documents d ON d.id = p.document_id
                JOIN batch_documents b ON b.document_id = d.id AND b.batch_id = ?
                LEFT JOIN derivation_outputs o ON o.key = p.normalise_key AND o.role = 'image'
                WHERE p.status IN ('done', 'blank') AND d.is_current = 1
                ORDER BY d.file_id, d.name, p.number
                """, [batch]
            ).compactMap(Self.keys)
        }
    }

    public func pageKeys(ofFile id: FileID) throws -> [PageKeys] {
        try read { db in
            try db.rows(
                """
                SELECT p.id, d.file_id, d.name, p.number, p.source_object, p.source_page, p.normalise_key, p.ocr_key, o.object_hash,
                       p.mark = 'transcribed'
                FROM pages p JOIN documents d ON d.id = p.document_id
                LEFT JOIN derivation_outputs o ON o.key = p.normalise_key AND o.role = 'image'
                WHERE d.file_id = ? AND d.is_current = 1 AND p.status IN ('done', 'blank')
                ORDER BY d.name, p.number
                """, [id.rawValue]
            ).compactMap(Self.keys)
        }
    }

    static func keys(_ row: PostgresResultRow) throws -> PageKeys? {
        guard let job = try job(row) else { return nil }
        return PageKeys(
            job: job, normaliseKey: try row[6], ocrKey: try row[7],
            normalisedImage: (try row[8, as: String?.self]).flatMap(ObjectHash.init(hex:)),
            transcribed: try row[9, as: Bool?.self] ?? false)
    }
}
