import DigitiseCore

extension PostgresCatalog: PageLeases {
    /// One statement, committed on its own: a claim costs one round trip to the server, which is what bounds the
    /// queue's cost when many workers claim at once.
    public func claimPages(worker: String, limit: Int, lease: Duration) throws -> [PageClaim] {
        try writer.withConnection { db in
            // SKIP LOCKED: workers claiming at once each take other pages, without waiting on one another's rows.
            let claimed = try db.rows(
                """
                WITH picked AS (
                    SELECT p.id, p.lease_owner AS previous, d.file_id, d.name FROM pages p JOIN documents d ON d.id = p.document_id
                    WHERE (p.status = 'pending' OR p.redo = 1) AND d.is_current = 1
                        AND (p.lease_until IS NULL OR p.lease_until < clock_timestamp())
                    ORDER BY coalesce(p.width * p.height, 0) DESC, d.file_id, d.name, p.number
                    LIMIT ? FOR UPDATE OF p SKIP LOCKED)
                UPDATE pages p SET lease_owner = ?, lease_until = clock_timestamp() + make_interval(secs => ?),
                    fence = nextval('page_fences')
                FROM picked WHERE p.id = picked.id
                RETURNING p.id, picked.file_id, picked.name, p.number, p.source_object, p.source_page, p.fence, picked.previous,
                    coalesce(p.width * p.height, 0)
                """, [limit, worker, lease.inSeconds])
            var claims: [(claim: PageClaim, area: Int64)] = []
            for row in claimed {
                guard let job = try Self.job(row) else { continue }
                claims.append(
                    (PageClaim(job: job, worker: worker, fence: try row[6], takenOverFrom: try row[7]), try row[8, as: Int64.self]))
            }
            // Largest first, as they were picked (RETURNING keeps no order).
            return claims.sorted {
                ($0.area, $1.claim.job.fileID.rawValue, $1.claim.job.documentName, $1.claim.job.number)
                    > ($1.area, $0.claim.job.fileID.rawValue, $0.claim.job.documentName, $0.claim.job.number)
            }.map(\.claim)
        }
    }

    public func renewLeases(_ claims: [PageClaim], lease: Duration) throws -> [PageClaim] {
        guard !claims.isEmpty else { return [] }
        return try writer.withConnection { db in  // one statement, committed on its own
            let held = Set(
                try db.rows(
                    """
                    UPDATE pages SET lease_until = clock_timestamp() + make_interval(secs => ?)
                    WHERE (id, fence) IN (SELECT * FROM unnest(?::bigint[], ?::bigint[])) AND (status = 'pending' OR redo = 1)
                    RETURNING id
                    """, [lease.inSeconds, claims.map(\.job.pageID), claims.map(\.fence)]
                ).map { try $0[0, as: Int64.self] })
            return claims.filter { held.contains($0.job.pageID) }
        }
    }

    public func recordClaimedPages(_ outcomes: [(claim: PageClaim, outcome: PageOutcome)]) throws -> [PageClaim] {
        guard !outcomes.isEmpty else { return [] }
        return try write { db in
            // Locked in page order, as every writer locks them, so two workers' transactions cannot deadlock.
            var standing: [Int64: (fence: Int64, pending: Bool)] = [:]
            for row in try db.rows(
                "SELECT id, fence, status = 'pending' OR redo = 1 FROM pages WHERE id = ANY(?) ORDER BY id FOR UPDATE",
                [outcomes.map(\.claim.job.pageID)])
            {
                standing[try row[0]] = (try row[1], try row[2, as: Bool.self])
            }
            let held = outcomes.filter { item in
                guard let page = standing[item.claim.job.pageID] else { return false }
                return page.pending && page.fence == item.claim.fence
            }
            for document in try Self.record(held.map(\.outcome), agent: agent, in: db).sorted() {
                try Self.rollUp(document: document, in: db)
            }
            let written = Set(held.map(\.claim.job.pageID))
            return outcomes.map(\.claim).filter { !written.contains($0.job.pageID) }
        }
    }

    public func pendingPageCount(besides worker: String?) throws -> Int {
        try read { db in
            try db.value(
                """
                SELECT count(*) FROM pages p JOIN documents d ON d.id = p.document_id
                WHERE (p.status = 'pending' OR p.redo = 1) AND d.is_current = 1
                    AND NOT coalesce(p.lease_owner = ?::text AND p.lease_until >= clock_timestamp(), false)
                """, [worker],
                as: Int.self) ?? 0
        }
    }

    public func releaseClaims(_ claims: [PageClaim]) throws {
        guard !claims.isEmpty else { return }
        try writer.withConnection { db in  // one statement, committed on its own
            try db.run(
                """
                UPDATE pages SET lease_owner = NULL, lease_until = NULL
                WHERE (id, fence) IN (SELECT * FROM unnest(?::bigint[], ?::bigint[])) AND (status = 'pending' OR redo = 1)
                """, [claims.map(\.job.pageID), claims.map(\.fence)])
        }
    }

    public func requeue(_ pages: [PageKeys]) throws -> Int {
        guard !pages.isEmpty else { return 0 }
        return try writer.withConnection { db in  // one statement, committed on its own
            try db.rows(
                """
                UPDATE pages p SET redo = 1 FROM unnest(?::bigint[], ?::text[], ?::text[]) AS k(id, normalise_key, ocr_key)
                WHERE p.id = k.id AND p.status IN ('done', 'blank') AND p.redo = 0
                    AND coalesce(p.normalise_key, '') = k.normalise_key AND coalesce(p.ocr_key, '') = k.ocr_key
                RETURNING p.id
                """, [pages.map(\.job.pageID), pages.map { $0.normaliseKey ?? "" }, pages.map { $0.ocrKey ?? "" }]
            ).count
        }
    }
}
