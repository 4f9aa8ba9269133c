import DigitiseCore
import GRDB

/// The auditors' reports, straight from the catalog: counts and metadata only (no text, no identifiers).
extension SQLiteCatalog {

    /// `AND <column> BETWEEN since AND until` for a timestamp column, with its arguments.
    static func period(_ column: String, _ filter: ReportFilter) -> (String, StatementArguments) {
        var sql = ""
        var arguments: StatementArguments = []
        if let since = filter.since {
            sql += " AND \(column) >= ?"
            arguments += [since]
        }
        if let until = filter.until {
            sql += " AND \(column) < date(?, '+1 day')"
            arguments += [until]
        }
        return (sql, arguments)
    }

    static func batchClause(_ column: String, _ filter: ReportFilter) -> (String, StatementArguments) {
        guard let batch = filter.batch else { return ("", []) }
        return (" AND \(column) = ?", [batch])
    }

    static func cell(_ value: DatabaseValue) -> ReportCell {
        switch value.storage {
        case .null: .empty
        case .int64(let i): .int(Int(i))
        case .double(let d): .number(d)
        case .string(let s): .text(s)
        case .blob: .empty
        }
    }

    /// The most rows a report table holds: a report is read by people and served to many at once; `--since`,
    /// `--until` and `--batch` narrow it to what is wanted.
    static let maxRows = 5000

    static func table(_ db: Database, name: String, title: String, sql: String, arguments: StatementArguments = []) throws -> ReportTable {
        let statement = try db.makeStatement(sql: sql)
        let cursor = try Row.fetchCursor(statement, arguments: arguments)
        var rows: [[ReportCell]] = []
        while rows.count < maxRows, let row = try cursor.next() { rows.append(row.databaseValues.map(cell)) }
        return ReportTable(name: name, title: title, columns: statement.columnNames, rows: rows)
    }

    static func count(_ db: Database, _ sql: String, _ arguments: StatementArguments = []) throws -> Int {
        try Int.fetchOne(db, sql: sql, arguments: arguments) ?? 0
    }

    // MARK: progress

    static func progress(_ db: Database, _ filter: ReportFilter) throws -> ([ReportFigure], [ReportTable]) {
        let (when, whenArgs) = period("b.started_at", filter)
        let (which, whichArgs) = batchClause("b.id", filter)
        // What each batch brought: the current versions of the documents it created, their pages and states.
        let perBatch = """
            SELECT b.id AS batch, substr(b.started_at, 1, 10) AS day, b.status AS status,
                   count(DISTINCT d.file_id) AS files, count(DISTINCT d.id) AS documents, count(p.id) AS pages,
                   coalesce(sum(p.status = 'done'), 0) AS done, coalesce(sum(p.status = 'failed'), 0) AS failed,
                   coalesce(sum(p.status = 'unreadable'), 0) AS unreadable, coalesce(sum(p.status = 'blank'), 0) AS blank, coalesce(sum(p.status = 'pending'), 0) AS pending,
                   (SELECT count(*) FROM documents r WHERE r.created_batch_id = b.id AND r.is_current = 1 AND r.review = 1) AS in_review
            FROM batches b
            LEFT JOIN documents d ON d.created_batch_id = b.id AND d.is_current = 1
            LEFT JOIN pages p ON p.document_id = d.id
            WHERE 1 = 1\(when)\(which)
            GROUP BY b.id ORDER BY b.id
            """
        let batches = try table(db, name: "batches", title: "Per batch", sql: perBatch, arguments: whenArgs + whichArgs)
        let perDay = """
            SELECT day, count(*) AS batches, sum(files) AS files, sum(documents) AS documents, sum(pages) AS pages,
                   sum(done) AS done, sum(failed) AS failed, sum(unreadable) AS unreadable, sum(blank) AS blank, sum(pending) AS pending, sum(in_review) AS in_review,
                   (SELECT count(*) FROM files f JOIN batches fb ON fb.id = f.first_batch_id
                    WHERE substr(fb.started_at, 1, 10) <= day) AS cumulative_files
            FROM (\(perBatch)) GROUP BY day ORDER BY day
            """
        let days = try table(db, name: "days", title: "Per day", sql: perDay, arguments: whenArgs + whichArgs)
        let files = try count(db, "SELECT count(*) FROM files")
        let documents = try count(db, "SELECT count(*) FROM documents WHERE is_current = 1")
        var states: [String: Int] = [:]
        for row in try Row.fetchAll(
            db, sql: "SELECT p.status, count(*) FROM pages p JOIN documents d ON d.id = p.document_id WHERE d.is_current = 1 GROUP BY 1")
        {
            states[row[0]] = row[1]
        }
        let review = try count(db, "SELECT count(*) FROM documents WHERE is_current = 1 AND review = 1")
        let share = filter.target > 0 ? Double(files) / Double(filter.target) : 0
        return (
            [
                ReportFigure("files", "Personal files in the archive", .int(files)),
                ReportFigure("target", "Target (personal files)", .int(filter.target)),
                ReportFigure("progress_percent", "Progress to target, %", .number(share * 100)),
                ReportFigure("documents", "Documents", .int(documents)),
                ReportFigure("pages_done", "Pages done", .int(states["done"] ?? 0)),
                ReportFigure("pages_failed", "Pages failed", .int(states["failed"] ?? 0)),
                ReportFigure("pages_unreadable", "Pages unreadable (no text found; in review)", .int(states["unreadable"] ?? 0)),
                ReportFigure("pages_blank", "Pages blank", .int(states["blank"] ?? 0)),
                ReportFigure("pages_pending", "Pages waiting", .int(states["pending"] ?? 0)),
                ReportFigure("in_review", "Documents in review", .int(review)),
            ], [days, batches]
        )
    }

    // MARK: failures

    static func failures(_ db: Database, _ filter: ReportFilter) throws -> ([ReportFigure], [ReportTable]) {
        let (when, whenArgs) = period("p.updated_at", filter)
        let (which, whichArgs) = batchClause("bd.batch_id", filter)
        let batchJoin = filter.batch == nil ? "" : " JOIN batch_documents bd ON bd.document_id = d.id"
        let pageFailures = """
            SELECT p.error_stage AS stage, p.error_code AS code, d.file_id AS file, d.name AS document, p.number AS page,
                   p.error_message AS message, substr(p.updated_at, 1, 10) AS day
            FROM pages p JOIN documents d ON d.id = p.document_id\(batchJoin)
            WHERE d.is_current = 1 AND p.status IN ('failed', 'unreadable')\(when)\(which)
            """
        let (inboxWhen, inboxWhenArgs) = period("b.started_at", filter)
        let (inboxWhich, inboxWhichArgs) = batchClause("b.id", filter)
        let inboxFailures = """
            SELECT 'ingest' AS stage, i.code AS code, i.path AS file, NULL AS document, NULL AS page, i.message AS message,
                   substr(b.started_at, 1, 10) AS day
            FROM inbox_problems i JOIN batches b ON b.id = i.batch_id WHERE i.is_failure = 1\(inboxWhen)\(inboxWhich)
            """
        let arguments = whenArgs + whichArgs + inboxWhenArgs + inboxWhichArgs
        let all = "\(pageFailures) UNION ALL \(inboxFailures)"
        let byReason = try table(
            db, name: "reasons", title: "By reason",
            sql: """
                SELECT stage, code, count(*) AS count, count(DISTINCT file) AS files, min(message) AS example
                FROM (\(all)) GROUP BY stage, code ORDER BY count DESC, code
                """, arguments: arguments)
        let items = try table(
            db, name: "items", title: "Every failure", sql: "SELECT * FROM (\(all)) ORDER BY code, file, document, page LIMIT 5000",
            arguments: arguments)
        let total = byReason.column("count").compactMap(\.intValue).reduce(0, +)
        return (
            [
                ReportFigure("failures", "Failures", .int(total)),
                ReportFigure("reasons", "Distinct reasons", .int(byReason.rows.count)),
                ReportFigure("files", "Personal files affected", .int(Set(items.column("file").map(\.description)).count)),
            ], [byReason, items]
        )
    }

    // MARK: review

    static func review(_ db: Database, _ filter: ReportFilter) throws -> ([ReportFigure], [ReportTable]) {
        let (when, whenArgs) = period("d.classified_at", filter)
        let (which, whichArgs) = batchClause("d.created_batch_id", filter)
        let items = try table(
            db, name: "items", title: "Awaiting review, oldest first",
            sql: """
                SELECT d.file_id AS file, d.name AS document, d.class AS class, round(d.class_probability, 3) AS probability, d.kind AS kind,
                       d.review_reason AS reason, substr(d.classified_at, 1, 10) AS since,
                       CAST(julianday('now') - julianday(d.classified_at) AS INTEGER) AS age_days
                FROM documents d WHERE d.is_current = 1 AND d.review = 1\(when)\(which)
                ORDER BY d.classified_at, d.file_id, d.name
                """, arguments: whenArgs + whichArgs)
        let ages = items.column("age_days").compactMap(\.intValue)
        let unclassified = items.column("class").filter { $0 == .empty }.count
        // The backlog's age: how long documents have waited, in the bands a supervisor acts on.
        let backlog = try table(
            db, name: "backlog_age", title: "The backlog by how long it has waited",
            sql: """
                SELECT band AS waiting, count(*) AS documents FROM (
                    SELECT age, CASE WHEN age < 1 THEN 'under a day' WHEN age <= 7 THEN '1-7 days' WHEN age <= 30 THEN '8-30 days'
                                ELSE 'over 30 days' END AS band
                    FROM (SELECT julianday('now') - julianday(d.classified_at) AS age FROM documents d
                          WHERE d.is_current = 1 AND d.review = 1\(when)\(which)))
                GROUP BY band ORDER BY min(age)
                """, arguments: whenArgs + whichArgs)
        // What people decided, per day: how often they agreed with the model's class, and how many decided.
        let (decidedWhen, decidedWhenArgs) = period("r.at", filter)
        let decisions = try table(
            db, name: "decisions", title: "Decisions per day",
            sql: """
                SELECT substr(r.at, 1, 10) AS day, count(*) AS decisions, sum(r.class = 'asylum') AS asylum,
                       sum(r.class = 'personal-file') AS personal_file, sum(r.model_class = r.class) AS agreed_with_model,
                       sum(r.model_class IS NOT NULL AND r.model_class != r.class) AS overruled_model, count(DISTINCT r.person) AS people
                FROM review_decisions r JOIN documents d ON d.id = r.document_id WHERE 1 = 1\(decidedWhen)\(which)
                GROUP BY 1 ORDER BY 1
                """, arguments: decidedWhenArgs + whichArgs)
        let decided = decisions.column("decisions").compactMap(\.intValue).reduce(0, +)
        let sortedAges = ages.sorted()
        return (
            [
                ReportFigure("in_review", "Documents awaiting review", .int(items.rows.count)),
                ReportFigure("without_text", "Of them without usable text", .int(unclassified)),
                ReportFigure("oldest_days", "Oldest, days", ages.max().map { .int($0) } ?? .empty),
                ReportFigure("median_age_days", "Median wait, days", sortedAges.isEmpty ? .empty : .int(sortedAges[sortedAges.count / 2])),
                ReportFigure("decided", "Decisions made", .int(decided)),
            ], [items, backlog, decisions]
        )
    }

    // MARK: classes

    static func classes(_ db: Database, _ filter: ReportFilter) throws -> ([ReportFigure], [ReportTable]) {
        let (when, whenArgs) = period("d.classified_at", filter)
        let (which, whichArgs) = batchClause("d.created_batch_id", filter)
        let days = try table(
            db, name: "days", title: "Per day classified",
            sql: """
                SELECT substr(d.classified_at, 1, 10) AS day, sum(d.class = 'asylum') AS asylum,
                       sum(d.class = 'personal-file') AS personal_file, sum(d.class IS NULL) AS unclassified, sum(d.review) AS in_review
                FROM documents d WHERE d.is_current = 1 AND d.classified_at IS NOT NULL\(when)\(which)
                GROUP BY 1 ORDER BY 1
                """, arguments: whenArgs + whichArgs)
        let kinds = try table(
            db, name: "kinds", title: "By kind",
            sql: """
                SELECT coalesce(d.class, '(none)') AS class,
                       CASE WHEN d.class IS NULL THEN '(none)' ELSE coalesce(d.kind, 'unknown') END AS kind, count(*) AS documents
                FROM documents d WHERE d.is_current = 1 AND d.classified_at IS NOT NULL\(when)\(which)
                GROUP BY 1, 2 ORDER BY 1, 3 DESC
                """, arguments: whenArgs + whichArgs)
        func sum(_ column: String) -> Int { days.column(column).compactMap(\.intValue).reduce(0, +) }
        return (
            [
                ReportFigure("asylum", "Asylum documents", .int(sum("asylum"))),
                ReportFigure("personal_file", "Personal-file documents", .int(sum("personal_file"))),
                ReportFigure("unclassified", "Without a class (no usable text)", .int(sum("unclassified"))),
                ReportFigure(
                    "kind_unknown", "Classified, kind unknown (below the model's kind threshold)",
                    .int(
                        zip(kinds.column("kind"), kinds.column("documents")).filter { $0.0 == .text("unknown") }.compactMap(\.1.intValue)
                            .reduce(0, +))),
                ReportFigure(
                    "files_holding_asylum", "Personal files holding asylum documentation",
                    .int(try count(db, "SELECT count(*) FROM files WHERE holds_asylum = 1"))),
            ], [days, kinds]
        )
    }

    // MARK: fixity

    static func fixity(_ db: Database, _ filter: ReportFilter) throws -> ([ReportFigure], [ReportTable]) {
        let (when, whenArgs) = period("at", filter)
        let slices = try table(
            db, name: "slices", title: "Last check of every slice",
            sql: """
                SELECT substr(detail, 7, instr(detail, ':') - 7) AS slice, max(at) AS last_checked, outcome,
                       substr(detail, instr(detail, ':') + 2) AS result
                FROM events WHERE type = 'fixity check' AND file_id IS NULL AND detail LIKE 'slice %'\(when)
                GROUP BY 1 ORDER BY 1
                """, arguments: whenArgs)
        let damaged = try table(
            db, name: "damaged", title: "Damaged or missing objects",
            sql:
                "SELECT hash AS object, size, media_type, verified_at, fixity AS finding FROM objects WHERE fixity IS NOT NULL AND fixity != 'ok' ORDER BY verified_at DESC"
        )
        let objects = try count(db, "SELECT count(*) FROM objects")
        let never = try count(db, "SELECT count(*) FROM objects WHERE verified_at IS NULL")
        return (
            [
                ReportFigure("objects", "Objects in the store", .int(objects)),
                ReportFigure("never_verified", "Never verified yet", .int(never)),
                ReportFigure("damaged", "Damaged or missing at last check", .int(damaged.rows.count)),
                ReportFigure(
                    "last_check", "Last check",
                    (try String.fetchOne(db, sql: "SELECT max(at) FROM events WHERE type = 'fixity check'")).map { .text($0) } ?? .empty),
            ], [slices, damaged]
        )
    }

    // MARK: throughput

    static func throughput(_ db: Database, _ filter: ReportFilter) throws -> ([ReportFigure], [ReportTable]) {
        let (when, whenArgs) = period("b.started_at", filter)
        let (which, whichArgs) = batchClause("b.id", filter)
        // A page's stage times, attributed to the batch that last worked on it (its latest update falls in that batch).
        let stages = """
            SELECT b.id AS batch, substr(b.started_at, 1, 10) AS day, b.workers AS workers,
                   round((julianday(coalesce(b.finished_at, b.started_at)) - julianday(b.started_at)) * 86400, 1) AS wall_seconds,
                   count(p.id) AS pages, round(sum(p.decode_seconds), 1) AS decode_s, round(sum(p.normalise_seconds), 1) AS normalise_s,
                   round(sum(p.ocr_seconds), 1) AS ocr_s, round(sum(p.store_seconds), 1) AS store_s, round(sum(p.index_seconds), 1) AS index_s
            FROM batches b JOIN pages p ON p.updated_at >= b.started_at AND p.updated_at <= coalesce(b.finished_at, '9999')
                 AND p.status IN ('done', 'blank', 'failed', 'unreadable') AND coalesce(p.ocr_seconds, 0) + coalesce(p.normalise_seconds, 0) > 0
            WHERE 1 = 1\(when)\(which)
            GROUP BY b.id ORDER BY b.id
            """
        let batches = try table(
            db, name: "batches", title: "Stage seconds per batch (worker time)", sql: stages, arguments: whenArgs + whichArgs)
        func total(_ column: String) -> Double { batches.column(column).compactMap(\.doubleValue).reduce(0, +) }
        let pages = total("pages")
        let stageRows: [[ReportCell]] = [
            ("decode", "decode_s"), ("normalise", "normalise_s"), ("ocr", "ocr_s"), ("store", "store_s"), ("index", "index_s"),
        ]
        .map { name, column in
            let seconds = total(column)
            return [.text(name), .number(seconds), seconds > 0 ? .number(pages / seconds * 60) : .empty]
        }
        let perStage = ReportTable(
            name: "stages", title: "Pages per minute per stage (one worker)", columns: ["stage", "worker_seconds", "pages_per_minute"],
            rows: stageRows)
        let bottleneck = stageRows.max { ($0[1].doubleValue ?? 0) < ($1[1].doubleValue ?? 0) }?[0] ?? .empty
        let wall = total("wall_seconds")
        return (
            [
                ReportFigure("pages", "Pages worked on", .int(Int(pages))),
                ReportFigure("pages_per_minute", "Pages per minute (wall clock)", wall > 0 ? .number(pages / wall * 60) : .empty),
                ReportFigure("bottleneck", "Bottleneck stage", bottleneck),
            ], [perStage, batches]
        )
    }
}
