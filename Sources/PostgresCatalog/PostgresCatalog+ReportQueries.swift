import DigitiseCore
import Foundation
import PostgresNIO

/// The auditors' reports, straight from the catalog: counts and metadata only (no text, no identifiers). The same
/// tables, columns, rows and figures as the SQLite catalog's (`SQLiteCatalog+ReportQueries.swift`), so a report reads
/// alike whichever catalog an archive keeps; `PostgresReportParityTests` holds the two to that.
///
/// What differs from SQLite's SQL, and why:
/// - Names, codes and messages are ordered and compared byte-wise (`COLLATE "C"`), as SQLite's BINARY collation
///   does: a database made with a linguistic locale would otherwise sort `PF-10` and `pf-2` its own way. ISO days
///   and timestamps need no collation: they have one fixed shape and sort alike under every collation.
/// - SQLite sorts NULL first when ascending and last when descending; PostgreSQL the other way round, so each
///   ORDER BY over a column that can be NULL says which.
/// - A comparison counted with `sum(x = y)` is `sum((x = y)::int)`: like SQLite's, it is NULL when every comparison
///   is (a `count(*) FILTER` would give 0), and over `int` it is a `bigint`, which reads as `.int` as SQLite's does.
///   `sum()` over a `bigint` column is `numeric` in PostgreSQL, so it is cast back to `bigint`; `round()` takes
///   `numeric`, and its result is cast to `double precision`, which reads as `.number` as SQLite's REAL does.
extension PostgresCatalog {

    public func report(_ kind: ReportKind, filter: ReportFilter) throws -> Report {
        try read { c in
            let figures: [ReportFigure]
            let tables: [ReportTable]
            switch kind {
            case .progress: (figures, tables) = try Self.progress(c, filter)
            case .failures: (figures, tables) = try Self.failures(c, filter)
            case .review: (figures, tables) = try Self.review(c, filter)
            case .classes: (figures, tables) = try Self.classes(c, filter)
            case .fixity: (figures, tables) = try Self.fixity(c, filter)
            case .throughput: (figures, tables) = try Self.throughput(c, filter)
            }
            return Report(kind: kind, generatedAt: Self.now(), filter: filter, figures: figures, tables: tables)
        }
    }

    /// `AND <column> BETWEEN since AND until` for a timestamp column, with its arguments. The day after `until` is
    /// written `YYYY-MM-DD`, as SQLite's `date(?, '+1 day')` writes it, and compared as text with the ISO timestamps.
    static func period(_ column: String, _ filter: ReportFilter) -> (String, [(any PostgresDynamicTypeEncodable)?]) {
        var sql = ""
        var arguments: [(any PostgresDynamicTypeEncodable)?] = []
        if let since = filter.since {
            sql += " AND \(column) >= ?"
            arguments.append(since)
        }
        if let until = filter.until {
            sql += " AND \(column) < to_char(?::date + 1, 'YYYY-MM-DD')"
            arguments.append(until)
        }
        return (sql, arguments)
    }

    /// `AND <column> = batch` when the filter names a batch, with its argument.
    static func batchClause(_ column: String, _ filter: ReportFilter) -> (String, [(any PostgresDynamicTypeEncodable)?]) {
        guard let batch = filter.batch else { return ("", []) }
        return (" AND \(column) = ?", [batch])
    }

    /// A value as a report shows it, by the column's type: integers as `.int`, floating point as `.number`, text as
    /// `.text`, NULL (and bytes) as `.empty`, as the SQLite catalog reads its dynamically typed values.
    /// - Throws: for a type a report has no cell for (a query that forgot a cast), rather than showing its raw bytes.
    static func cell(_ value: PostgresCell) throws -> ReportCell {
        guard value.bytes != nil else { return .empty }
        switch value.dataType {
        case .int2, .int4, .int8: return .int(try value.decode(Int.self))
        case .float4, .float8: return .number(try value.decode(Double.self))
        // The queries cast their sums and roundings; a `numeric` left over is a number, through its exact decimal.
        case .numeric: return .number(Double(try value.decode(Decimal.self).description) ?? .nan)
        case .bool: return .int(try value.decode(Bool.self) ? 1 : 0)
        case .text, .varchar, .bpchar, .name: return .text(try value.decode(String.self))
        case .bytea: return .empty
        default:
            throw PostgresCatalogError.statement(
                reason: "report column \(value.columnName) is of type \(value.dataType), which a report has no cell for", code: nil)
        }
    }

    /// The most rows a report table holds: a report is read by people and served to many at once; `--since`,
    /// `--until` and `--batch` narrow it to what is wanted.
    static let maxRows = 5000

    /// One table of a report: `sql` (a SELECT ending in its ORDER BY, without a LIMIT) run with `maxRows` as its limit.
    static func table(
        _ c: PostgresSession.Connection, name: String, title: String, sql: String, arguments: [(any PostgresDynamicTypeEncodable)?] = []
    ) throws -> ReportTable {
        let rows = try c.rows(sql + "\nLIMIT \(maxRows)", arguments)
        if let first = rows.first {
            return ReportTable(
                name: name, title: title, columns: first.cells.map(\.columnName), rows: try rows.map { try $0.cells.map(cell) })
        }
        // An empty result has no row to name its columns, and PostgresNIO describes them only to its async API (the
        // catalog's calls are synchronous). Joined to one row of its own, the query yields one row of NULLs that does.
        let described = try c.rows("SELECT q.* FROM (VALUES (1)) AS one(x) LEFT JOIN (\(sql)) AS q ON true", arguments)
        return ReportTable(name: name, title: title, columns: described.first?.cells.map(\.columnName) ?? [], rows: [])
    }

    /// The count a query returns (0 for none).
    static func count(_ c: PostgresSession.Connection, _ sql: String, _ arguments: [(any PostgresDynamicTypeEncodable)?] = []) throws -> Int
    {
        try c.value(sql, arguments, as: Int.self) ?? 0
    }

    // MARK: progress

    /// Per day and per batch: files, documents and pages a batch brought, and where they stand; progress to target.
    static func progress(_ c: PostgresSession.Connection, _ filter: ReportFilter) throws -> ([ReportFigure], [ReportTable]) {
        let (when, whenArgs) = period("b.started_at", filter)
        let (which, whichArgs) = batchClause("b.id", filter)
        // What each batch brought: the current versions of the documents it created, their pages and states. (The
        // batch's other columns depend on its id, the key it is grouped by, so PostgreSQL lets them be selected.)
        let perBatch = """
            SELECT b.id AS batch, substr(b.started_at, 1, 10) AS day, b.status AS status,
                   count(DISTINCT d.file_id) AS files, count(DISTINCT d.id) AS documents, count(p.id) AS pages,
                   coalesce(sum((p.status = 'done')::int), 0) AS done, coalesce(sum((p.status = 'failed')::int), 0) AS failed,
                   coalesce(sum((p.status = 'unreadable')::int), 0) AS unreadable, coalesce(sum((p.status = 'blank')::int), 0) AS blank,
                   coalesce(sum((p.status = 'pending')::int), 0) AS pending,
                   (SELECT count(*) FROM documents r WHERE r.created_batch_id = b.id AND r.is_current = 1 AND r.review = 1) AS in_review
            FROM batches b
            LEFT JOIN documents d ON d.created_batch_id = b.id AND d.is_current = 1
            LEFT JOIN pages p ON p.document_id = d.id
            WHERE 1 = 1\(when)\(which)
            GROUP BY b.id ORDER BY b.id
            """
        let batches = try table(c, name: "batches", title: "Per batch", sql: perBatch, arguments: whenArgs + whichArgs)
        let perDay = """
            SELECT day, count(*) AS batches, sum(files)::bigint AS files, sum(documents)::bigint AS documents, sum(pages)::bigint AS pages,
                   sum(done)::bigint AS done, sum(failed)::bigint AS failed, sum(unreadable)::bigint AS unreadable,
                   sum(blank)::bigint AS blank, sum(pending)::bigint AS pending, sum(in_review)::bigint AS in_review,
                   (SELECT count(*) FROM files f JOIN batches fb ON fb.id = f.first_batch_id
                    WHERE substr(fb.started_at, 1, 10) <= day) AS cumulative_files
            FROM (\(perBatch)) AS per_batch GROUP BY day ORDER BY day
            """
        let days = try table(c, name: "days", title: "Per day", sql: perDay, arguments: whenArgs + whichArgs)
        let files = try count(c, "SELECT count(*) FROM files")
        let documents = try count(c, "SELECT count(*) FROM documents WHERE is_current = 1")
        var states: [String: Int] = [:]
        for row in try c.rows(
            "SELECT p.status, count(*) FROM pages p JOIN documents d ON d.id = p.document_id WHERE d.is_current = 1 GROUP BY 1")
        {
            states[try row[0, as: String.self]] = try row[1, as: Int.self]
        }
        let review = try count(c, "SELECT count(*) FROM documents WHERE is_current = 1 AND review = 1")
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

    /// Failures by reason code, and every failed or unreadable page and failed inbox entry behind them.
    static func failures(_ c: PostgresSession.Connection, _ filter: ReportFilter) throws -> ([ReportFigure], [ReportTable]) {
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
        // Reasons that tie on count and code come in the reverse of their grouping order (stage descending), as
        // SQLite's sorter returns rows that tie after a GROUP BY.
        let byReason = try table(
            c, name: "reasons", title: "By reason",
            sql: """
                SELECT stage, code, count(*) AS count, count(DISTINCT file) AS files, min(message COLLATE "C") AS example
                FROM (\(all)) AS failure GROUP BY stage, code
                ORDER BY count DESC, code COLLATE "C" NULLS FIRST, stage COLLATE "C" DESC NULLS LAST
                """, arguments: arguments)
        // SQLite's `LIMIT 5000` here is `maxRows`, which `table` adds.
        let items = try table(
            c, name: "items", title: "Every failure",
            sql: """
                SELECT * FROM (\(all)) AS failure
                ORDER BY code COLLATE "C" NULLS FIRST, file COLLATE "C" NULLS FIRST, document COLLATE "C" NULLS FIRST, page NULLS FIRST
                """, arguments: arguments)
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

    /// The review backlog, oldest first, with each item's age and probability; how long it has waited; the decisions.
    static func review(_ c: PostgresSession.Connection, _ filter: ReportFilter) throws -> ([ReportFigure], [ReportTable]) {
        let (when, whenArgs) = period("d.classified_at", filter)
        let (which, whichArgs) = batchClause("d.created_batch_id", filter)
        // Ages in days since the classification, against the transaction's clock; `trunc` cuts toward zero, as
        // SQLite's `CAST(... AS INTEGER)` does (a clock a little behind another machine's gives 0, not -1).
        let age = "EXTRACT(EPOCH FROM (now() - d.classified_at::timestamptz))::numeric / 86400"
        let items = try table(
            c, name: "items", title: "Awaiting review, oldest first",
            sql: """
                SELECT d.file_id AS file, d.name AS document, d.class AS class,
                       round(d.class_probability::numeric, 3)::double precision AS probability, d.kind AS kind,
                       d.review_reason AS reason, substr(d.classified_at, 1, 10) AS since, trunc(\(age))::bigint AS age_days
                FROM documents d WHERE d.is_current = 1 AND d.review = 1\(when)\(which)
                ORDER BY d.classified_at NULLS FIRST, d.file_id COLLATE "C", d.name COLLATE "C"
                """, arguments: whenArgs + whichArgs)
        let ages = items.column("age_days").compactMap(\.intValue)
        let unclassified = items.column("class").filter { $0 == .empty }.count
        // The backlog's age: how long documents have waited, in the bands a supervisor acts on.
        let backlog = try table(
            c, name: "backlog_age", title: "The backlog by how long it has waited",
            sql: """
                SELECT band AS waiting, count(*) AS documents FROM (
                    SELECT age, CASE WHEN age < 1 THEN 'under a day' WHEN age <= 7 THEN '1-7 days' WHEN age <= 30 THEN '8-30 days'
                                ELSE 'over 30 days' END AS band
                    FROM (SELECT \(age) AS age FROM documents d
                          WHERE d.is_current = 1 AND d.review = 1\(when)\(which)) AS waited) AS banded
                GROUP BY band ORDER BY min(age) NULLS FIRST
                """, arguments: whenArgs + whichArgs)
        // What people decided, per day: how often they agreed with the model's class, and how many decided.
        let (decidedWhen, decidedWhenArgs) = period("r.at", filter)
        let decisions = try table(
            c, name: "decisions", title: "Decisions per day",
            sql: """
                SELECT substr(r.at, 1, 10) AS day, count(*) AS decisions, sum((r.class = 'asylum')::int) AS asylum,
                       sum((r.class = 'personal-file')::int) AS personal_file, sum((r.model_class = r.class)::int) AS agreed_with_model,
                       sum((r.model_class IS NOT NULL AND r.model_class != r.class)::int) AS overruled_model,
                       count(DISTINCT r.person) AS people
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

    /// Asylum and personal-file documents per day classified, and by kind.
    static func classes(_ c: PostgresSession.Connection, _ filter: ReportFilter) throws -> ([ReportFigure], [ReportTable]) {
        let (when, whenArgs) = period("d.classified_at", filter)
        let (which, whichArgs) = batchClause("d.created_batch_id", filter)
        let days = try table(
            c, name: "days", title: "Per day classified",
            sql: """
                SELECT substr(d.classified_at, 1, 10) AS day, sum((d.class = 'asylum')::int) AS asylum,
                       sum((d.class = 'personal-file')::int) AS personal_file, sum((d.class IS NULL)::int) AS unclassified,
                       sum(d.review)::bigint AS in_review
                FROM documents d WHERE d.is_current = 1 AND d.classified_at IS NOT NULL\(when)\(which)
                GROUP BY 1 ORDER BY 1
                """, arguments: whenArgs + whichArgs)
        // Kinds of a class that tie on their count come in the reverse of their grouping order (kind descending),
        // as SQLite's sorter returns rows that tie after a GROUP BY.
        let kinds = try table(
            c, name: "kinds", title: "By kind",
            sql: """
                SELECT class, kind, documents FROM (
                    SELECT coalesce(d.class, '(none)') AS class,
                           CASE WHEN d.class IS NULL THEN '(none)' ELSE coalesce(d.kind, 'unknown') END AS kind, count(*) AS documents
                    FROM documents d WHERE d.is_current = 1 AND d.classified_at IS NOT NULL\(when)\(which)
                    GROUP BY 1, 2) AS counted
                ORDER BY class COLLATE "C", documents DESC, kind COLLATE "C" DESC
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
                    .int(try count(c, "SELECT count(*) FROM files WHERE holds_asylum = 1"))),
            ], [days, kinds]
        )
    }

    // MARK: fixity

    /// The last check of every slice of the store, and the objects found damaged or missing.
    static func fixity(_ c: PostgresSession.Connection, _ filter: ReportFilter) throws -> ([ReportFigure], [ReportTable]) {
        let (when, whenArgs) = period("at", filter)
        // A slice's latest check, with that check's outcome and result: SQLite's `max(at)` with bare columns takes
        // them from the row holding the maximum (the first recorded, when two share it); here DISTINCT ON takes the
        // first row of each slice, latest first, then the first recorded. A detail without a colon is cut as SQLite's
        // `substr` cuts it with a negative length (its first six characters), which PostgreSQL's refuses. `LIKE` is
        // `ILIKE`: SQLite's LIKE ignores the case of ASCII letters.
        let slices = try table(
            c, name: "slices", title: "Last check of every slice",
            sql: """
                SELECT DISTINCT ON (slice) slice, at AS last_checked, outcome, result FROM (
                    SELECT id, at, outcome,
                           (CASE WHEN strpos(detail, ':') = 0 THEN left(detail, 6)
                                 ELSE substr(detail, 7, strpos(detail, ':') - 7) END) COLLATE "C" AS slice,
                           substr(detail, strpos(detail, ':') + 2) AS result
                    FROM events WHERE type = 'fixity check' AND file_id IS NULL AND detail ILIKE 'slice %'\(when)) AS checked
                ORDER BY slice, at DESC, id
                """, arguments: whenArgs)
        // Objects found at the same moment come in SQLite in the order they entered its table (its rowid); PostgreSQL's
        // `objects` keeps no such order, so they come in the order of the second they entered it, then by name.
        let damaged = try table(
            c, name: "damaged", title: "Damaged or missing objects",
            sql: """
                SELECT hash AS object, size, media_type, verified_at, fixity AS finding FROM objects
                WHERE fixity IS NOT NULL AND fixity != 'ok' ORDER BY verified_at DESC NULLS LAST, created_at, hash COLLATE "C"
                """)
        let objects = try count(c, "SELECT count(*) FROM objects")
        let never = try count(c, "SELECT count(*) FROM objects WHERE verified_at IS NULL")
        return (
            [
                ReportFigure("objects", "Objects in the store", .int(objects)),
                ReportFigure("never_verified", "Never verified yet", .int(never)),
                ReportFigure("damaged", "Damaged or missing at last check", .int(damaged.rows.count)),
                ReportFigure(
                    "last_check", "Last check",
                    (try c.value("SELECT max(at) FROM events WHERE type = 'fixity check'", as: String.self)).map { .text($0) } ?? .empty),
            ], [slices, damaged]
        )
    }

    // MARK: throughput

    /// Pages per minute per stage, and the bottleneck; the stage seconds of each batch.
    static func throughput(_ c: PostgresSession.Connection, _ filter: ReportFilter) throws -> ([ReportFigure], [ReportTable]) {
        let (when, whenArgs) = period("b.started_at", filter)
        let (which, whichArgs) = batchClause("b.id", filter)
        // A page's stage times, attributed to the batch that last worked on it (its latest update falls in that batch).
        let stages = """
            SELECT b.id AS batch, substr(b.started_at, 1, 10) AS day, b.workers AS workers,
                   round(EXTRACT(EPOCH FROM (coalesce(b.finished_at, b.started_at)::timestamptz - b.started_at::timestamptz))::numeric, 1)
                       ::double precision AS wall_seconds,
                   count(p.id) AS pages, round(sum(p.decode_seconds)::numeric, 1)::double precision AS decode_s,
                   round(sum(p.normalise_seconds)::numeric, 1)::double precision AS normalise_s,
                   round(sum(p.ocr_seconds)::numeric, 1)::double precision AS ocr_s,
                   round(sum(p.store_seconds)::numeric, 1)::double precision AS store_s,
                   round(sum(p.index_seconds)::numeric, 1)::double precision AS index_s
            FROM batches b JOIN pages p ON p.updated_at >= b.started_at AND p.updated_at <= coalesce(b.finished_at, '9999')
                 AND p.status IN ('done', 'blank', 'failed', 'unreadable') AND coalesce(p.ocr_seconds, 0) + coalesce(p.normalise_seconds, 0) > 0
            WHERE 1 = 1\(when)\(which)
            GROUP BY b.id ORDER BY b.id
            """
        let batches = try table(
            c, name: "batches", title: "Stage seconds per batch (worker time)", sql: stages, arguments: whenArgs + whichArgs)
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
