import DigitiseCore
import Foundation
import GRDB

extension SQLiteCatalog: BatchLedger {
    public func beginBatch(_ start: BatchStart) throws -> Int64 {
        try write { db in
            try db.run(
                "INSERT INTO batches(inbox, pipeline, pipeline_version, workers, program, started_at) VALUES (?,?,?,?,?,?)",
                [start.inbox, start.pipelineName, start.pipelineVersion, start.workers, start.program, Self.now()])
            return db.lastInsertedRowID
        }
    }

    public func recordInboxProblem(_ problem: InboxProblem, batch: Int64) throws {
        try write { db in
            try db.run(
                "INSERT INTO inbox_problems(batch_id, path, code, message, is_failure) VALUES (?,?,?,?,?)",
                [batch, problem.path, problem.code, problem.message, problem.isFailure])
        }
    }

    public func finishBatch(_ id: Int64, status: String, summaryJSON: String) throws {
        try write { db in
            try db.run(
                "UPDATE batches SET finished_at = ?, status = ?, summary_json = ? WHERE id = ?",
                [Self.now(), status, summaryJSON, id])
        }
    }

    public func summary(ofBatch id: Int64, failureLimit: Int) throws -> BatchCounts {
        try read { db in
            var counts = BatchCounts()
            let seen = "FROM documents d JOIN batch_documents b ON b.document_id = d.id WHERE b.batch_id = ? AND d.is_current = 1"
            counts.files = try Int.fetchOne(db, sql: "SELECT count(DISTINCT d.file_id) \(seen)", arguments: [id]) ?? 0
            counts.documents = try Int.fetchOne(db, sql: "SELECT count(*) \(seen)", arguments: [id]) ?? 0
            let statuses = try Row.fetchAll(
                db,
                sql: """
                    SELECT p.status, count(*) FROM pages p JOIN documents d ON d.id = p.document_id
                    JOIN batch_documents b ON b.document_id = d.id
                    WHERE b.batch_id = ? AND d.is_current = 1 GROUP BY p.status
                    """, arguments: [id])
            for row in statuses { counts.addPages(row[1], status: PageStatus(rawValue: row[0])) }
            counts.inboxProblems =
                try Int.fetchOne(db, sql: "SELECT count(*) FROM inbox_problems WHERE batch_id = ? AND is_failure = 1", arguments: [id]) ?? 0
            let inbox = try Row.fetchAll(
                db, sql: "SELECT path, code, message FROM inbox_problems WHERE batch_id = ? AND is_failure = 1 ORDER BY path LIMIT ?",
                arguments: [id, failureLimit])
            counts.failures = inbox.map { FailureLine(subject: $0[0], stage: "ingest", code: $0[1], message: $0[2]) }
            let pages = try Row.fetchAll(
                db,
                sql: """
                    SELECT d.file_id, d.name, p.number, p.error_stage, p.error_code, p.error_message
                    FROM pages p JOIN documents d ON d.id = p.document_id
                    JOIN batch_documents b ON b.document_id = d.id
                    WHERE b.batch_id = ? AND d.is_current = 1 AND p.status IN ('failed', 'unreadable')
                    ORDER BY d.file_id, d.name, p.number LIMIT ?
                    """, arguments: [id, max(0, failureLimit - counts.failures.count)])
            counts.failures += pages.map { row in
                FailureLine(
                    subject: "\(row[0] as String)/\(row[1] as String) page \(row[2] as Int)", stage: row[3] ?? "?", code: row[4] ?? "?",
                    message: row[5] ?? "")
            }
            return counts
        }
    }
}
