import DigitiseCore
import PostgresNIO

/// Writing pages' outcomes: a whole batch of pages (a run writes 64 at a time) in a few statements, not a few per
/// page: every round trip to the server costs as much as the work it carries.
extension PostgresCatalog {
    /// Pages' outcomes inside the caller's transaction; returns their documents (to roll up once per call). A
    /// batch that names a page twice is written in parts, in order, so the later outcome wins as it would one by one.
    static func record(_ outcomes: [PageOutcome], agent: String, in db: PostgresSession.Connection) throws -> Set<Int64> {
        var documents: Set<Int64> = []
        var part: [PageOutcome] = []
        var seen: Set<Int64> = []
        for outcome in outcomes {
            if seen.contains(outcome.pageID) {
                documents.formUnion(try recordDistinct(part, agent: agent, in: db))
                part = []
                seen = []
            }
            part.append(outcome)
            seen.insert(outcome.pageID)
        }
        documents.formUnion(try recordDistinct(part, agent: agent, in: db))
        return documents
    }

    /// What a page is when its outcome comes: its state, and where it is for the events.
    private struct PageBefore {
        let status: String
        let ocrKey: String?
        let document: Int64
        let file: String
        let name: String
        let number: Int
    }

    /// The SQL type of each page column an outcome sets.
    private static let pageColumnTypes: [String: String] = [
        "status": "text", "dpi": "int8", "dpi_source": "text", "decode_seconds": "float8", "normalise_seconds": "float8",
        "ocr_seconds": "float8", "store_seconds": "float8", "index_seconds": "float8", "updated_at": "text", "error_stage": "text",
        "error_code": "text", "error_message": "text", "ocr_key": "text", "ocr_confidence": "int8", "normalise_key": "text",
        "lease_owner": "text",
    ]

    private static func recordDistinct(_ outcomes: [PageOutcome], agent: String, in db: PostgresSession.Connection) throws -> Set<Int64> {
        guard !outcomes.isEmpty else { return [] }
        let clock = ContinuousClock()
        let started = clock.now
        let now = Self.now()
        // The pages as they stand, locked in id order, as every writer locks them: two writers cannot deadlock.
        var before: [Int64: PageBefore] = [:]
        for row in try db.rows(
            """
            SELECT p.id, p.status, p.ocr_key, p.document_id, d.file_id, d.name, p.number FROM pages p
            JOIN documents d ON d.id = p.document_id WHERE p.id = ANY(?) ORDER BY p.id FOR UPDATE OF p
            """, [outcomes.map(\.pageID)])
        {
            before[try row[0]] = PageBefore(
                status: try row[1], ocrKey: try row[2], document: try row[3], file: try row[4], name: try row[5],
                number: try row[6, as: Int.self])
        }
        if let missing = outcomes.first(where: { before[$0.pageID] == nil }) {
            throw PostgresCatalogError.statement(reason: "no page \(missing.pageID)", code: nil)
        }

        var derivations: [DerivationRecord] = []
        var texts: [[(any PostgresDynamicTypeEncodable)?]] = []
        var updates: [(names: [String], values: [String: (any PostgresDynamicTypeEncodable)?], page: Int64)] = []
        var textChanged: Set<Int64> = []
        for outcome in outcomes {
            let page = before[outcome.pageID]!
            let t = outcome.timings
            var columns: [String: (any PostgresDynamicTypeEncodable)?] = [
                "dpi": outcome.dpi, "decode_seconds": t.decode, "normalise_seconds": t.normalise, "ocr_seconds": t.ocr,
                "store_seconds": t.store, "updated_at": now, "status": outcome.result.status.rawValue, "lease_owner": nil as String?,
            ]
            if let source = outcome.dpiSource { columns["dpi_source"] = source }
            /// The page's failure columns: the failure's, or cleared (`updateValue`, so a cleared column is kept as NULL).
            func failed(_ failure: StageFailure?) {
                columns.updateValue(failure?.stage.rawValue, forKey: "error_stage")
                columns.updateValue(failure?.code, forKey: "error_code")
                columns.updateValue(failure?.message, forKey: "error_message")
            }
            let normalised: DerivationRecord?
            switch outcome.result {
            case .read(let n, let ocr, let text), .unreadable(let n, let ocr, let text):
                normalised = n
                derivations.append(ocr)
                columns["ocr_key"] = ocr.key
                columns.updateValue(ocr.result(as: OCRSummary.self)?.meanConfidence, forKey: "ocr_confidence")
                if case .unreadable = outcome.result { failed(PageOutcome.Result.noText) } else { failed(nil) }
                // The best reading's text is indexed even when it is too little: what was found stays findable.
                texts.append([outcome.pageID, text])
            case .blank(let n):
                // A blank page has no failure: an earlier one (a page that failed before a better pipeline) is cleared.
                normalised = n
                failed(nil)
            case .failed(let failure, let n):
                normalised = n
                failed(failure)
            }
            if let normalised {
                derivations.append(normalised)
                columns["normalise_key"] = normalised.key
                if let report = normalised.result(as: NormalisationReport.self) { columns["dpi"] = report.dpi }
            }
            // A class belongs to the text it was computed from (see the SQLite catalog): a changed text clears it.
            if Self.changesText(outcome, status: page.status, ocrKey: page.ocrKey) { textChanged.insert(page.document) }
            updates.append((columns.keys.sorted(), columns, outcome.pageID))
        }

        try store(derivations, in: db, now: now, agent: agent)
        try db.insert(
            into: "page_text", columns: ["page_id", "text"], types: ["int8", "text"], rows: texts,
            tail: "ON CONFLICT (page_id) DO UPDATE SET text = excluded.text")
        try clearClassification(documents: textChanged.sorted(), in: db)
        // An outcome clears the page of any crash it was only a bystander to (RunLedger).
        try db.run("DELETE FROM abnormal_ends WHERE kind = 'page' AND ref = ANY(?)", [outcomes.map { String($0.pageID) }])

        // The pages, in groups that set the same columns; the page is no longer anyone's to work on (nor marked to be
        // read again).
        let indexSeconds = (clock.now - started).inSeconds / Double(outcomes.count)
        var groups: [[String]: [(values: [String: (any PostgresDynamicTypeEncodable)?], page: Int64)]] = [:]
        for update in updates { groups[update.names + ["index_seconds"], default: []].append((update.values, update.page)) }
        for (names, rows) in groups.sorted(by: { $0.key.joined() < $1.key.joined() }) {
            let tuple = "(?::int8, " + names.map { "?::\(pageColumnTypes[$0] ?? "text")" }.joined(separator: ", ") + ")"
            var arguments: [(any PostgresDynamicTypeEncodable)?] = []
            for row in rows {
                arguments.append(row.page)
                for name in names { arguments.append(name == "index_seconds" ? indexSeconds : row.values[name] ?? nil) }
            }
            try db.run(
                "UPDATE pages AS p SET " + names.map { "\($0) = v.\($0)" }.joined(separator: ", ")
                    + ", lease_until = NULL, redo = 0 FROM (VALUES "
                    + Array(repeating: tuple, count: rows.count).joined(separator: ", ") + ") AS v(id, " + names.joined(separator: ", ")
                    + ") WHERE p.id = v.id", arguments)
        }

        var events: [[(any PostgresDynamicTypeEncodable)?]] = []
        for outcome in outcomes {
            let page = before[outcome.pageID]!
            for event in outcome.provenance {
                events.append([
                    event.kind.rawValue, now, agent, nil as String?, event.outcome.rawValue, event.detail, page.file, page.name,
                    page.number,
                    nil as String?,
                ])
            }
        }
        try insertEvents(events, in: db)
        return Set(outcomes.map { before[$0.pageID]!.document })
    }

    /// Events as rows of `type, at, agent, operator, outcome, detail, file_id, document, page, object_hash`, in order.
    static func insertEvents(_ rows: [[(any PostgresDynamicTypeEncodable)?]], in db: PostgresSession.Connection) throws {
        try db.insert(
            into: "events",
            columns: ["type", "at", "agent", "operator", "outcome", "detail", "file_id", "document", "page", "object_hash"],
            types: ["text", "text", "text", "text", "text", "text", "text", "text", "int8", "text"], rows: rows)
    }

    /// Derivations, their output objects and their roles, each once; a no-op for what is recorded already (but for
    /// the repair of an output the store found damaged, which is recorded).
    static func store(_ derivations: [DerivationRecord], in db: PostgresSession.Connection, now: String, agent: String) throws {
        var keys: Set<String> = [], hashes: Set<String> = [], outputs: Set<String> = []
        var derivationRows: [[(any PostgresDynamicTypeEncodable)?]] = []
        var objectRows: [[(any PostgresDynamicTypeEncodable)?]] = []
        var outputRows: [[(any PostgresDynamicTypeEncodable)?]] = []
        var repaired: [StoredObject] = []
        for derivation in derivations where keys.insert(derivation.key).inserted {
            derivationRows.append([derivation.key, derivation.stage.rawValue, derivation.resultJSON, now])
            for (role, object) in derivation.outputs.sorted(by: { $0.key < $1.key }) {
                if hashes.insert(object.hash.hex).inserted { objectRows.append([object.hash.hex, object.size, mediaType(role), now]) }
                if outputs.insert(derivation.key + "\u{0}" + role).inserted { outputRows.append([derivation.key, role, object.hash.hex]) }
                if object.repairedDamage != nil { repaired.append(object) }
            }
        }
        try db.insert(
            into: "derivations", columns: ["key", "stage", "result_json", "created_at"], types: ["text", "text", "text", "text"],
            rows: derivationRows, tail: "ON CONFLICT DO NOTHING")
        try db.insert(
            into: "objects", columns: ["hash", "size", "media_type", "created_at"], types: ["text", "int8", "text", "text"],
            rows: objectRows,
            tail: "ON CONFLICT DO NOTHING")
        try db.insert(
            into: "derivation_outputs", columns: ["key", "role", "object_hash"], types: ["text", "text", "text"], rows: outputRows,
            tail: "ON CONFLICT DO NOTHING")
        for object in repaired { try recordRepair(of: object, agent: agent, at: now, in: db) }
    }

    /// Forgets documents' classes (their text changed): restricted, and classified again by the next classify stage.
    static func clearClassification(documents: [Int64], in db: PostgresSession.Connection) throws {
        guard !documents.isEmpty else { return }
        let cleared = try db.rows(
            """
            UPDATE documents SET class = NULL, class_probability = NULL, kind = NULL, review = 0, review_reason = NULL,
                classify_key = NULL, classified_at = NULL, decided_by = NULL
            WHERE id = ANY(?) AND classify_key IS NOT NULL RETURNING id
            """, [documents]
        ).map { try $0[0, as: Int64.self] }
        if !cleared.isEmpty { try db.run("DELETE FROM identifiers WHERE document_id = ANY(?)", [cleared]) }
    }
}
