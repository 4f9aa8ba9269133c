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
                    try db.run(
                        """
                        INSERT INTO pages(document_id, number, source_object, source_page, updated_at, width, height, stated_dpi,
                                          status, error_stage, error_code, error_message)
                        VALUES (?,?,?,?,?,?,?,?,?,?,?,?)
                        """, arguments)
                }
            }
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
            var documents: Set<Int64> = []
            for outcome in outcomes { documents.insert(try Self.record(outcome, agent: agent, in: db)) }
            for document in documents.sorted() { try Self.rollUp(document: document, in: db) }
        }
    }

    /// One page's outcome, inside the caller's transaction; returns the page's document (to roll up once per call).
    static func record(_ outcome: PageOutcome, agent: String, in db: PostgresSession.Connection) throws -> Int64 {
        let clock = ContinuousClock()
        let started = clock.now
        let now = Self.now()
        let t = outcome.timings
        let normalised: DerivationRecord?
        var columns: [String: (any PostgresDynamicTypeEncodable)?] = [
            "dpi": outcome.dpi, "decode_seconds": t.decode, "normalise_seconds": t.normalise, "ocr_seconds": t.ocr,
            "store_seconds": t.store, "updated_at": now, "status": outcome.result.status.rawValue,
        ]
        if let source = outcome.dpiSource { columns["dpi_source"] = source }
        /// The page's failure columns: the failure's, or cleared (`updateValue`, so the cleared column is kept as NULL).
        func failed(_ failure: StageFailure?) {
            columns.updateValue(failure?.stage.rawValue, forKey: "error_stage")
            columns.updateValue(failure?.code, forKey: "error_code")
            columns.updateValue(failure?.message, forKey: "error_message")
        }
        switch outcome.result {
        case .read(let n, let ocr, let text), .unreadable(let n, let ocr, let text):
            normalised = n
            try store(ocr, in: db, now: now, agent: agent)
            columns["ocr_key"] = ocr.key
            columns.updateValue(ocr.result(as: OCRSummary.self)?.meanConfidence, forKey: "ocr_confidence")
            if case .unreadable = outcome.result { failed(PageOutcome.Result.noText) } else { failed(nil) }
            // The best reading's text is indexed even when it is too little: what was found stays findable.
            try db.run(
                "INSERT INTO page_text(page_id, text) VALUES (?, ?) ON CONFLICT (page_id) DO UPDATE SET text = excluded.text",
                [outcome.pageID, text])
        case .blank(let n):
            // A blank page has no failure: an earlier one (a page that failed before a better pipeline) is cleared.
            normalised = n
            failed(nil)
        case .failed(let failure, let n):
            normalised = n
            failed(failure)
        }
        if let normalised {
            try store(normalised, in: db, now: now, agent: agent)
            columns["normalise_key"] = normalised.key
            if let report = normalised.result(as: NormalisationReport.self) { columns["dpi"] = report.dpi }
        }
        // A class belongs to the text it was computed from (see the SQLite catalog): a changed text clears it.
        guard let before = try db.row("SELECT status, ocr_key, document_id FROM pages WHERE id = ? FOR UPDATE", [outcome.pageID]) else {
            throw PostgresCatalogError.statement(reason: "no page \(outcome.pageID)", code: nil)
        }
        let documentID: Int64 = try before[2]
        if Self.changesText(outcome, status: try before[0], ocrKey: try before[1]) {
            try Self.clearClassification(document: documentID, in: db)
        }
        // An outcome clears the page of any crash it was only a bystander to (RunLedger).
        try db.run("DELETE FROM abnormal_ends WHERE kind = 'page' AND ref = ?", [String(outcome.pageID)])
        columns["index_seconds"] = (clock.now - started).inSeconds
        // The page is no longer anyone's to work on.
        columns.updateValue(nil as String?, forKey: "lease_owner")
        let names = columns.keys.sorted()
        try db.run(
            "UPDATE pages SET " + names.map { "\($0) = ?" }.joined(separator: ", ") + ", lease_until = NULL WHERE id = ?",
            names.map { columns[$0]! } + [outcome.pageID])
        guard
            let page = try db.row(
                "SELECT d.file_id, d.name, p.number FROM pages p JOIN documents d ON d.id = p.document_id WHERE p.id = ?", [outcome.pageID])
        else { throw PostgresCatalogError.statement(reason: "no page \(outcome.pageID)", code: nil) }
        for event in outcome.provenance {
            try Self.insert(
                ArchiveEvent(
                    kind: event.kind, at: now, agent: agent, outcome: event.outcome, detail: event.detail, fileID: try page[0],
                    document: try page[1], page: try page[2, as: Int.self]),
                in: db)
        }
        return documentID
    }

    /// A derivation, its output objects and their roles; a no-op for one already recorded (but for the repair of an
    /// output the store found damaged, which is recorded).
    static func store(_ derivation: DerivationRecord, in db: PostgresSession.Connection, now: String, agent: String) throws {
        try db.run(
            "INSERT INTO derivations(key, stage, result_json, created_at) VALUES (?,?,?,?) ON CONFLICT DO NOTHING",
            [derivation.key, derivation.stage.rawValue, derivation.resultJSON, now])
        for (role, object) in derivation.outputs.sorted(by: { $0.key < $1.key }) {
            try db.run(
                "INSERT INTO objects(hash, size, media_type, created_at) VALUES (?,?,?,?) ON CONFLICT DO NOTHING",
                [object.hash.hex, object.size, mediaType(role), now])
            try db.run(
                "INSERT INTO derivation_outputs(key, role, object_hash) VALUES (?,?,?) ON CONFLICT DO NOTHING",
                [derivation.key, role, object.hash.hex])
            try recordRepair(of: object, agent: agent, at: now, in: db)
        }
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
        let cleared = try db.rows(
            """
            UPDATE documents SET class = NULL, class_probability = NULL, kind = NULL, review = 0, review_reason = NULL,
                classify_key = NULL, classified_at = NULL, decided_by = NULL
            WHERE id = ? AND classify_key IS NOT NULL RETURNING id
            """, [document])
        if !cleared.isEmpty { try db.run("DELETE FROM identifiers WHERE document_id = ?", [document]) }
    }

    /// Batch bookkeeping, apart from the archive's content: which documents a run saw.
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
