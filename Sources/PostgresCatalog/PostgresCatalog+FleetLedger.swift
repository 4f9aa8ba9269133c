import DigitiseCore

extension PostgresCatalog: FleetLedger {
    public func keepAlive(batch: Int64, for lease: Duration, tried: Int, failed: Int) throws -> PageCounts {
        try write { db in
            try db.run(
                """
                UPDATE batches SET alive_until = clock_timestamp() + make_interval(secs => ?), pages_tried = ?, pages_failed = ?
                WHERE id = ? AND status = 'running'
                """, [lease.inSeconds, tried, failed, batch])
            guard
                let others = try db.row(
                    """
                    SELECT coalesce(sum(pages_tried), 0)::bigint, coalesce(sum(pages_failed), 0)::bigint FROM batches
                    WHERE status = 'running' AND alive_until >= clock_timestamp() AND id <> ?
                    """, [batch])
            else { return PageCounts() }
            return PageCounts(tried: Int(try others[0, as: Int64.self]), failed: Int(try others[1, as: Int64.self]))
        }
    }

    public func closeLapsedBatches(status: String, reason: String) throws -> Int {
        try closeRunningBatches(where: "alive_until < clock_timestamp()", status: status, reason: reason)
    }

    /// Closes the running batches that meet `condition` (SQL over `batches`), the reason kept as their summary.
    func closeRunningBatches(where condition: String, status: String, reason: String) throws -> Int {
        try write { db in
            try db.rows(
                """
                UPDATE batches SET status = ?, finished_at = ?, summary_json = coalesce(summary_json, json_build_object('stopped', ?::text)::text)
                WHERE status = 'running' AND \(condition) RETURNING id
                """, [status, Self.now(), reason]
            ).count
        }
    }
}
