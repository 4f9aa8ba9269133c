import DigitiseCore

extension PostgresCatalog: RunLedger {
    public func recordAbnormalEnd(_ inHand: [InHand], cause: AbnormalEnd, limit: Int) throws -> [(name: String, failed: Bool)] {
        try write { db in
            let now = Self.now()
            var named: [(name: String, failed: Bool)] = []
            for held in inHand {
                let (kind, ref) = Self.key(held.subject)
                // The count comes back from the upsert itself: another worker counting the same page cannot slip
                // between the increment and the read.
                let count =
                    try db.value(
                        """
                        INSERT INTO abnormal_ends(kind, ref, count, stage, cause, code, at) VALUES (?,?,1,?,?,?,?)
                        ON CONFLICT(kind, ref) DO UPDATE SET count = abnormal_ends.count + 1, stage = excluded.stage,
                            cause = excluded.cause, code = excluded.code, at = excluded.at
                        RETURNING count
                        """, [kind, ref, held.stage.rawValue, cause.description, cause.code, now], as: Int.self) ?? 0
                let failed = count >= limit
                let message = AbnormalEndMessage.inHand(
                    cause: cause.description, count: count, isPage: kind == "page", stage: held.stage, failed: failed)
                if failed {
                    try db.run("UPDATE abnormal_ends SET failed = 1 WHERE kind = ? AND ref = ?", [kind, ref])
                }
                switch held.subject {
                case .page(let id):
                    guard
                        let page = try db.row(
                            """
                            SELECT p.document_id, d.file_id, d.name, p.number FROM pages p JOIN documents d ON d.id = p.document_id
                            WHERE p.id = ?
                            """, [id])
                    else { continue }
                    let (document, file, name, number) = (
                        try page[0, as: Int64.self], try page[1, as: String.self], try page[2, as: String.self], try page[3, as: Int.self]
                    )
                    named.append(("\(file)/\(name) page \(number)", failed))
                    guard failed else { continue }
                    try db.run(
                        """
                        UPDATE pages SET status = 'failed', error_stage = ?, error_code = ?, error_message = ?, updated_at = ?,
                            lease_owner = NULL, lease_until = NULL
                        WHERE id = ? AND status = 'pending'
                        """, [held.stage.rawValue, cause.code, message, now, id])
                    try Self.rollUp(document: document, in: db)
                    try Self.insert(
                        ArchiveEvent(
                            kind: held.stage == .ocr ? .transcription : .normalization, at: now, agent: agent, outcome: .failure,
                            detail: "\(cause.code): \(message)", fileID: file, document: name, page: number), in: db)
                case .source(let hash):
                    let path = try db.value(
                        """
                        SELECT d.file_id || '/' || s.relative_path FROM document_sources s JOIN documents d ON d.id = s.document_id
                        WHERE s.object_hash = ? ORDER BY d.id DESC LIMIT 1
                        """, [hash.hex], as: String.self)
                    named.append((path ?? "source file \(hash.hex.prefix(12))", failed))
                }
            }
            return named
        }
    }

    public func crashedSources() throws -> [ObjectHash: StageFailure] {
        try read { db in
            var found: [ObjectHash: StageFailure] = [:]
            for row in try db.rows("SELECT ref, stage, cause, code, count FROM abnormal_ends WHERE kind = 'source' AND failed = 1") {
                guard let hash = ObjectHash(hex: try row[0, as: String.self]) else { continue }
                let stage = Stage(rawValue: try row[1, as: String.self]) ?? .ingest
                let count = try row[4, as: Int.self]
                found[hash] = StageFailure(
                    stage: stage, code: try row[3, as: String.self],
                    message: AbnormalEndMessage.sourceSetAside(cause: try row[2, as: String.self], count: count, stage: stage))
            }
            return found
        }
    }

    public func suspectPages() throws -> Set<Int64> {
        try read { db in
            Set(
                try db.rows(
                    """
                    SELECT p.id FROM abnormal_ends a JOIN pages p ON p.id = CAST(a.ref AS BIGINT)
                    WHERE a.kind = 'page' AND a.failed = 0 AND p.status = 'pending'
                    """
                ).map { try $0[0, as: Int64.self] })
        }
    }

    public func closeAbandonedBatches(status: String, reason: String) throws -> Int {
        try closeRunningBatches(where: "true", status: status, reason: reason)
    }

    private static func key(_ subject: AttemptSubject) -> (kind: String, ref: String) {
        switch subject {
        case .page(let id): ("page", String(id))
        case .source(let hash): ("source", hash.hex)
        }
    }
}
