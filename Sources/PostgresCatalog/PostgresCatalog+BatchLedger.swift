import DigitiseCore

extension PostgresCatalog: BatchLedger {
    public func beginBatch(_ start: BatchStart) throws -> Int64 {
        try write { db in
            try db.value(
                "INSERT INTO batches(inbox, pipeline, pipeline_version, workers, program, started_at) VALUES (?,?,?,?,?,?) RETURNING id",
                [start.inbox, start.pipelineName, start.pipelineVersion, start.workers, start.program, Self.now()], as: Int64.self) ?? 0
        }
    }

    public func recordInboxProblem(_ problem: InboxProblem, batch: Int64) throws {
        try write { db in
            try db.run(
                "INSERT INTO inbox_problems(batch_id, path, code, message, is_failure) VALUES (?,?,?,?,?)",
                [batch, problem.path, problem.code, problem.message, problem.isFailure ? 1 : 0])
        }
    }

    public func finishBatch(_ id: Int64, status: String, summaryJSON: String) throws {
        try write { db in
            try db.run(
                "UPDATE batches SET finished_at = ?, status = ?, summary_json = ? WHERE id = ?", [Self.now(), status, summaryJSON, id])
        }
    }

    public func summary(ofBatch id: Int64, failureLimit: Int) throws -> BatchCounts {
        try read { db in
            var counts = BatchCounts()
            let seen = "FROM documents d JOIN batch_documents b ON b.document_id = d.id WHERE b.batch_id = ? AND d.is_current = 1"
            counts.files = try db.value("SELECT count(DISTINCT d.file_id) \(seen)", [id], as: Int.self) ?? 0
            counts.documents = try db.value("SELECT count(*) \(seen)", [id], as: Int.self) ?? 0
            let statuses = try db.rows(
                """
                SELECT p.status, count(*) FROM pages p JOIN documents d ON d.id = p.document_id
                JOIN batch_documents b ON b.document_id = d.id
                WHERE b.batch_id = ? AND d.is_current = 1 GROUP BY p.status
                """, [id])
            for row in statuses { counts.addPages(try row[1], status: PageStatus(rawValue: try row[0])) }
            counts.inboxProblems =
                try db.value("SELECT count(*) FROM inbox_problems WHERE batch_id = ? AND is_failure = 1", [id], as: Int.self) ?? 0
            let inbox = try db.rows(
                "SELECT path, code, message FROM inbox_problems WHERE batch_id = ? AND is_failure = 1 ORDER BY path LIMIT ?",
                [id, failureLimit])
            counts.failures = try inbox.map { FailureLine(subject: try $0[0], stage: "ingest", code: try $0[1], message: try $0[2]) }
            let pages = try db.rows(
                """
                SELECT d.file_id, d.name, p.number, p.error_stage, p.error_code, p.error_message
                FROM pages p JOIN documents d ON d.id = p.document_id
                JOIN batch_documents b ON b.document_id = d.id
                WHERE b.batch_id = ? AND d.is_current = 1 AND p.status IN ('failed', 'unreadable')
                ORDER BY d.file_id, d.name, p.number LIMIT ?
                """, [id, max(0, failureLimit - counts.failures.count)])
            counts.failures += try pages.map { row in
                FailureLine(
                    subject: "\(try row[0, as: String.self])/\(try row[1, as: String.self]) page \(try row[2, as: Int.self])",
                    stage: try row[3, as: String?.self] ?? "?", code: try row[4, as: String?.self] ?? "?",
                    message: try row[5, as: String?.self] ?? "")
            }
            return counts
        }
    }
}
