import DigitiseCore
import GRDB

extension SQLiteCatalog: RunLedger {
    public func recordAbnormalEnd(_ inHand: [InHand], cause: AbnormalEnd, limit: Int) throws -> [(name: String, failed: Bool)] {
        try write { db in
            let now = Self.now()
            var named: [(name: String, failed: Bool)] = []
            for held in inHand {
                let (kind, ref) = Self.key(held.subject)
                try db.run(
                    """
                    INSERT INTO abnormal_ends(kind, ref, count, stage, cause, code, at) VALUES (?,?,1,?,?,?,?)
                    ON CONFLICT(kind, ref) DO UPDATE SET count = count + 1, stage = excluded.stage, cause = excluded.cause,
                        code = excluded.code, at = excluded.at
                    """, [kind, ref, held.stage.rawValue, cause.description, cause.code, now])
                let count =
                    try Int.fetchOne(db, sql: "SELECT count FROM abnormal_ends WHERE kind = ? AND ref = ?", arguments: [kind, ref]) ?? 0
                let failed = count >= limit
                let message = AbnormalEndMessage.inHand(
                    cause: cause.description, count: count, isPage: kind == "page", stage: held.stage, failed: failed)
                if failed {
                    try db.run("UPDATE abnormal_ends SET failed = 1 WHERE kind = ? AND ref = ?", [kind, ref])
                }
                switch held.subject {
                case .page(let id):
                    guard
                        let page = try Row.fetchOne(
                            db,
                            sql: """
                                SELECT p.document_id, d.file_id, d.name, p.number FROM pages p JOIN documents d ON d.id = p.document_id
                                WHERE p.id = ?
                                """, arguments: [id])
                    else { continue }
                    named.append(("\(page[1] as String)/\(page[2] as String) page \(page[3] as Int)", failed))
                    guard failed else { continue }
                    try db.run(
                        """
                        UPDATE pages SET status = 'failed', error_stage = ?, error_code = ?, error_message = ?, updated_at = ?
                        WHERE id = ? AND status = 'pending'
                        """, [held.stage.rawValue, cause.code, message, now, id])
                    try Self.rollUp(document: page[0], in: db)
                    try Self.insert(
                        ArchiveEvent(
                            kind: held.stage == .ocr ? .transcription : .normalization, at: now, agent: agent, outcome: .failure,
                            detail: "\(cause.code): \(message)", fileID: page[1], document: page[2], page: page[3]), in: db)
                case .source(let hash):
                    let paths = try String.fetchAll(
                        db,
                        sql: """
                            SELECT d.file_id || '/' || s.relative_path FROM document_sources s JOIN documents d ON d.id = s.document_id
                            WHERE s.object_hash = ? ORDER BY d.id DESC LIMIT 1
                            """, arguments: [hash.hex])
                    named.append((paths.first ?? "source file \(hash.hex.prefix(12))", failed))
                }
            }
            return named
        }
    }

    public func crashedSources() throws -> [ObjectHash: StageFailure] {
        try read { db in
            var found: [ObjectHash: StageFailure] = [:]
            for row in try Row.fetchAll(
                db, sql: "SELECT ref, stage, cause, code, count FROM abnormal_ends WHERE kind = 'source' AND failed = 1")
            {
                guard let hash = ObjectHash(hex: row[0]) else { continue }
                let stage = Stage(rawValue: row[1]) ?? .ingest
                let count: Int = row[4]
                found[hash] = StageFailure(
                    stage: stage, code: row[3],
                    message: AbnormalEndMessage.sourceSetAside(cause: row[2], count: count, stage: stage))
            }
            return found
        }
    }

    public func suspectPages() throws -> Set<Int64> {
        try read { db in
            Set(
                try Int64.fetchAll(
                    db,
                    sql: """
                        SELECT p.id FROM abnormal_ends a JOIN pages p ON p.id = CAST(a.ref AS INTEGER)
                        WHERE a.kind = 'page' AND a.failed = 0 AND p.status = 'pending'
                        """))
        }
    }

    public func closeAbandonedBatches(status: String, reason: String) throws -> Int {
        try write { db in
            try db.execute(
                sql: """
                    UPDATE batches SET status = ?, finished_at = ?, summary_json = coalesce(summary_json, json_object('stopped', ?))
                    WHERE status = 'running'
                    """, arguments: [status, Self.now(), reason])
            return db.changesCount
        }
    }

    private static func key(_ subject: AttemptSubject) -> (kind: String, ref: String) {
        switch subject {
        case .page(let id): ("page", String(id))
        case .source(let hash): ("source", hash.hex)
        }
    }
}
