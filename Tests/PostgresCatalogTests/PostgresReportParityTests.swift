import Catalog
import DigitiseCore
import Foundation
import PostgresCatalog
import TestSupport
import Testing

/// The auditors' reports read alike on PostgreSQL and SQLite: one archive, built through the ports in a SQLite
/// catalog and in two PostgreSQL ones (a `C.UTF-8` database, and one whose default collation is ICU's `en-US`, which
/// sorts `alpha` before `Zeta` and `a-7` before `PF-1`), gives the same figures and tables (names, titles, columns,
/// rows, row order, cell kinds) in every report, under several filters. Only `generatedAt` and the catalogs' own
/// stopwatch readings (`index_s`, see `withoutStopwatch`) are left out.
///
/// Left out of the archive: transcriptions and rescans (`UnreadablePages`), which no report shows apart from what
/// they do to pages; and damaged objects that entered the archive in the same second and were found damaged at the
/// same moment, whose order differs (see `build`).
///
/// Clock: timestamps are whole seconds. Each batch starts just after a second begins, in every catalog at once, and
/// ends at a chosen second, so that every catalog gives it the same times: the throughput report attributes pages
/// to batches by comparing timestamps, and prints `finished_at - started_at`. (A run across midnight UTC would
/// give the `today` filters different days.)
@Suite struct PostgresReportParityTests {
    /// The ports the archive is built through: those both catalogs have.
    typealias Ports = BatchLedger & PageQueue & ClassificationStore & DocumentVersions & RunLedger & ProvenanceLog & ReviewDesk
        & FixityLedger

    @Test func everyReportReadsAsOnSQLite() throws {
        let folder = try TemporaryFolder("report-parity")
        let sqlite = try SQLiteCatalog(path: folder.path + "/catalog.sqlite", agent: "digitise-test")
        let postgres = try FreshCatalog.make()
        let linguistic = try PostgresCatalog(try Self.linguisticLocation(), agent: "digitise-test")
        let batches = try Self.build([sqlite, postgres, linguistic])

        let today = String(Timestamp.now().prefix(10))
        func day(_ offset: Double) -> String { String(Date().addingTimeInterval(offset * 86_400).formatted(.iso8601).prefix(10)) }
        let filters = [
            ReportFilter(), ReportFilter(since: today, until: today), ReportFilter(batch: batches[0]), ReportFilter(batch: batches[1]),
            ReportFilter(batch: batches[2]), ReportFilter(since: day(1)), ReportFilter(until: day(-1)),
            ReportFilter(since: "2024-03-02", until: "2024-03-03", target: 0), ReportFilter(target: 7),
        ]
        for filter in filters {
            for kind in ReportKind.allCases {
                let expected = try sqlite.report(kind, filter: filter)
                Self.expectSame(try postgres.report(kind, filter: filter), expected, "\(kind) \(filter) on C.UTF-8")
                Self.expectSame(try linguistic.report(kind, filter: filter), expected, "\(kind) \(filter) on ICU en-US")
            }
        }
        try Self.expectWorthComparing(sqlite)
    }

    // MARK: - Comparing

    /// Everything but `generatedAt` and the stopwatch's cells, table by table so that a difference names its table.
    static func expectSame(_ postgres: Report, _ sqlite: Report, _ context: String) {
        let postgres = withoutStopwatch(postgres, context)
        let sqlite = withoutStopwatch(sqlite, context)
        #expect(postgres.kind == sqlite.kind && postgres.title == sqlite.title && postgres.filter == sqlite.filter, "\(context)")
        #expect(postgres.figures == sqlite.figures, "\(context): figures")
        #expect(postgres.tables.map(\.name) == sqlite.tables.map(\.name), "\(context): tables")
        for (p, s) in zip(postgres.tables, sqlite.tables) {
            #expect(p.title == s.title, "\(context): \(s.name) title")
            #expect(p.columns == s.columns, "\(context): \(s.name) columns")
            #expect(p.rows.count == s.rows.count, "\(context): \(s.name) rows")
            for (i, (pRow, sRow)) in zip(p.rows, s.rows).enumerated() {
                #expect(pRow == sRow, "\(context): \(s.name) row \(i)")
            }
        }
    }

    /// The report without what only a catalog's own stopwatch decides: `index_seconds` is the time the catalog took
    /// to record a page (`recordPages` measures it), not a time the test gave, so two catalogs differ there whatever
    /// their SQL. Its sums (`index_s` of `throughput`'s batches, and the `index` row of `stages` made from them) are
    /// checked to be a plausible measure, then blanked; the other stage times are the test's and compared exactly.
    static func withoutStopwatch(_ report: Report, _ context: String) -> Report {
        let tables = report.tables.map { table -> ReportTable in
            guard report.kind == .throughput else { return table }
            if table.name == "batches", let column = table.columns.firstIndex(of: "index_s") {
                return ReportTable(
                    name: table.name, title: table.title, columns: table.columns,
                    rows: table.rows.map { row in
                        #expect((0..<10).contains(row[column].doubleValue ?? -1), "\(context): index_s \(row[column])")
                        var row = row
                        row[column] = .empty
                        return row
                    })
            }
            if table.name == "stages" {
                return ReportTable(
                    name: table.name, title: table.title, columns: table.columns,
                    rows: table.rows.map { row in
                        guard row.first == .text("index") else { return row }
                        #expect((0..<10).contains(row[1].doubleValue ?? -1), "\(context): index seconds \(row[1])")
                        return [row[0], .empty, .empty]
                    })
            }
            return table
        }
        return Report(kind: report.kind, generatedAt: "", filter: report.filter, figures: report.figures, tables: tables)
    }

    /// The archive holds what makes each report worth comparing: several batches, reasons, classes, kinds, slices.
    static func expectWorthComparing(_ sqlite: SQLiteCatalog) throws {
        func rows(_ kind: ReportKind, _ table: String) throws -> Int {
            try sqlite.report(kind, filter: ReportFilter()).table(table)?.rows.count ?? 0
        }
        #expect(try rows(.progress, "batches") == 3)
        #expect(try rows(.failures, "reasons") >= 7)
        #expect(try rows(.review, "items") == 2)
        #expect(try rows(.review, "decisions") == 1)
        #expect(try rows(.classes, "kinds") >= 8)
        #expect(try rows(.fixity, "slices") == 4)
        #expect(try rows(.fixity, "damaged") == 2)
        #expect(try rows(.throughput, "batches") == 3)
    }

    // MARK: - The archive

    /// A database on the tests' server whose default collation is ICU's `en-US` (its character type stays UTF-8).
    static func linguisticLocation() throws -> PostgresLocation {
        let server = try FreshCatalog.server()
        let name = "t_icu_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(12)
        try server.psql(
            "CREATE DATABASE \(name) TEMPLATE template0 ENCODING 'UTF8' LOCALE_PROVIDER icu ICU_LOCALE 'en-US' "
                + "LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'")
        let location = try #require(PostgresLocation(server.address(of: name)))
        try PostgresCatalog.migrate(location)
        return location
    }

    /// Builds the same archive in every catalog, each step in all of them before the next, and returns the batches.
    static func build(_ catalogs: [any Ports]) throws -> [Int64] {
        /// One step in every catalog.
        func each(_ step: (any Ports) throws -> Void) throws {
            for catalog in catalogs { try step(catalog) }
        }
        /// One step in every catalog, which must return the same in each (a batch's id).
        func same<T: Equatable>(_ step: (any Ports) throws -> T) throws -> T {
            let results = try catalogs.map(step)
            #expect(results.allSatisfy { $0 == results[0] }, "the catalogs differ: \(results)")
            return results[0]
        }
        func start(workers: Int) -> BatchStart {
            BatchStart(inbox: "/inbox", pipelineName: "parity", pipelineVersion: 1, workers: workers, program: "tests")
        }

        // Batch 1: seven documents in four files; pages read (two with stage times), failed, blank and unreadable; a
        // page that failed to decode at ingest; two inbox problems, one a failure. Ends 2 s after it began.
        let first = nextSecond()
        let b1 = try same { try $0.beginBatch(start(workers: 2)) }
        try each { c in
            _ = try c.registerDocument(CatalogFixture.document("application", file: "PF-1", object: 1, pages: 2), batch: b1)
            _ = try c.registerDocument(CatalogFixture.document("passport", file: "PF-1", object: 2), batch: b1)
            _ = try c.registerDocument(CatalogFixture.document("letter", file: "PF-2", object: 3, pages: 3), batch: b1)
            let scan = CatalogFixture.source(
                "scan.tif", object: 4,
                pages: .success([.success(CatalogFixture.header()), .failure(DecodeError(.corrupt, page: 1, "strip 3 is cut short"))]))
            _ = try c.registerDocument(CatalogFixture.document("scan", file: "PF-2", sources: [scan]), batch: b1)
            _ = try c.registerDocument(CatalogFixture.document("form", file: "PF-10", object: 5), batch: b1)
            // Names that a linguistic collation sorts otherwise than bytes do.
            _ = try c.registerDocument(CatalogFixture.document("Zeta", file: "a-7", object: 6), batch: b1)
            _ = try c.registerDocument(CatalogFixture.document("alpha", file: "a-7", object: 7), batch: b1)
            try c.recordInboxProblem(InboxProblem(path: "PF 3", code: "inbox.bad-file-id", message: "a file ID has no spaces"), batch: b1)
            try c.recordInboxProblem(
                InboxProblem(path: ".DS_Store", code: "inbox.hidden", message: "hidden entries are skipped", isFailure: false), batch: b1)
            try record(
                c,
                [
                    "PF-1/application page 1": read("Iesniegums", PageTimings(decode: 0.2, normalise: 1.3, ocr: 4.1, store: 0.1)),
                    "PF-1/application page 2": failed("ocr.timeout", "timed out after 300 s"),
                    "PF-1/passport page 1": CatalogFixture.unreadable,
                    "PF-2/letter page 1": read("Vēstule", PageTimings(decode: 0.3, normalise: 0.9, ocr: 3.2, store: 0.2)),
                    "PF-2/letter page 2": CatalogFixture.blank,
                    "PF-2/letter page 3": read("Paraksts"),
                    "PF-2/scan page 1": read("Skenējums"),
                    "PF-10/form page 1": failed("ocr.engine-error", "the engine returned no layout"),
                    "a-7/Zeta page 1": failed("ocr.timeout", "Zeta timed out"),
                    "a-7/alpha page 1": failed("ocr.timeout", "alpha timed out"),
                ])
        }
        wait(until: first + 2.5)
        try each { try $0.finishBatch(b1, status: "done", summaryJSON: "{}") }

        // Batch 2: a new file, a rescanned passport (a new version), two pages in hand when the reader crashed (in
        // two stages: reasons that tie on count and code), an inbox failure. Ends 1 s after it began.
        let second = nextSecond()
        let b2 = try same { try $0.beginBatch(start(workers: 4)) }
        try each { c in
            _ = try c.registerDocument(CatalogFixture.document("decision", file: "PF-3", object: 8, pages: 2), batch: b2)
            _ = try c.registerDocument(CatalogFixture.document("annex", file: "PF-3", object: 9), batch: b2)
            _ = try c.registerDocument(CatalogFixture.document("passport", file: "PF-1", object: 10), batch: b2)
            try c.recordInboxProblem(
                InboxProblem(path: "PF-4/broken.tif", code: "inbox.unreadable", message: "permission denied"), batch: b2)
            try record(
                c,
                [
                    "PF-3/decision page 1": read("Lēmums", PageTimings(decode: 0.4, normalise: 1.1, ocr: 2.9, store: 0.1)),
                    "PF-1/passport page 1": read("Pase", PageTimings(decode: 0.1, normalise: 0.6, ocr: 1.8, store: 0.1)),
                ])
            let jobs = try c.pendingPages()
            for (label, stage) in [("PF-3/decision page 2", Stage.ocr), ("PF-3/annex page 1", .normalise)] {
                let job = try #require(jobs.first { $0.label == label }, "no pending \(label)")
                _ = try c.recordAbnormalEnd([InHand(.page(job.pageID), stage: stage)], cause: .signal(11), limit: 1)
            }
        }
        wait(until: second + 1.5)
        try each { try $0.finishBatch(b2, status: "stopped", summaryJSON: "{}") }

        // Batch 3, still running: PF-1 reprocessed (its failed page waits again, and is read), a document left waiting.
        _ = nextSecond()
        let b3 = try same { try $0.beginBatch(start(workers: 1)) }
        try each { c in
            _ = try c.newVersions(ofFile: CatalogFixture.file("PF-1"), batch: b3)
            _ = try c.registerDocument(CatalogFixture.document("memo", file: "PF-5", object: 11), batch: b3)
            try record(c, ["PF-1/application page 2": read("Otrā lapa", PageTimings(decode: 0.2, normalise: 0.8, ocr: 2.2, store: 0.1))])
        }

        // Classes, kinds (some unknown, several tying on their count), documents without text, documents in review,
        // classified in file and name order so that the review queue's order (time, then file and name) is the same
        // whichever second each classification falls in.
        let classes: [String: (DocumentClass?, DocumentKind?, Double?)] = [
            "PF-1/application": (.asylum, .asylumApplication, 0.97),
            "PF-1/passport": (.personalFile, .passportCopy, 0.72),
            "PF-10/form": (nil, nil, nil),
            "PF-2/letter": (.personalFile, nil, 0.93),
            "PF-2/scan": (.asylum, .interviewRecord, 0.8123456),
            "PF-3/annex": (nil, nil, nil),
            "PF-3/decision": (.asylum, .statusDecision, 0.99),
            "a-7/Zeta": (.personalFile, .employmentContract, 0.91),
            "a-7/alpha": (.personalFile, .addressDeclaration, 0.64),
        ]
        try each { c in
            let documents = try c.documentsToClassify(batch: nil, file: nil)
            let byteOrder = documents.sorted { ($0.fileID.rawValue, $0.name) < ($1.fileID.rawValue, $1.name) }
            #expect(documents.map(\.documentID) == byteOrder.map(\.documentID), "documents come in file and name order")
            #expect(documents.count == classes.count)
            for document in documents {
                let (documentClass, kind, probability) = try #require(classes["\(document.fileID)/\(document.name)"])
                let review = (probability ?? 0) < 0.9
                let classification = Classification(
                    documentClass: documentClass, kind: kind, probability: probability, needsReview: review,
                    reviewReason: review ? (documentClass == nil ? "no usable text" : "below threshold") : nil,
                    explanation: .init(model: "parity", features: [], rules: [], modelLogOdds: nil), identifiers: [])
                try c.recordClassification(
                    document: document.documentID,
                    derivation: DerivationRecord(
                        key: "classify|\(document.fileID)/\(document.name)", stage: .classify, outputs: [:], result: classification),
                    classification: classification, reused: false)
            }
        }

        // People's decisions on three documents in review: one agreeing with the model, one overruling it, one the
        // model had no class for (its `model_class` is NULL); by two people.
        try each { c in
            try c.decide(
                file: CatalogFixture.file("PF-1"), document: "passport", documentClass: .personalFile, kind: .passportCopy, person: "Anna",
                note: nil)
            try c.decide(
                file: CatalogFixture.file("PF-2"), document: "scan", documentClass: .personalFile, kind: nil, person: "Jānis",
                note: "a letter about the interview, not its record")
            try c.decide(
                file: CatalogFixture.file("PF-10"), document: "form", documentClass: .asylum, kind: .appeal, person: "Anna", note: nil)
        }

        // Fixity checks of the store's slices, as `verify` records them (its times, given here): a slice checked twice,
        // two checks of one slice at the same second (the first recorded shows), a `Slice` SQLite's LIKE matches
        // whatever its case, a detail without a colon, and an object's check, which is the last but no slice's.
        let today = String(Timestamp.now().prefix(10))
        func check(_ at: String, _ outcome: ArchiveEvent.Outcome, _ detail: String, file: String? = nil) -> ArchiveEvent {
            ArchiveEvent(kind: .fixityCheck, at: at, agent: "digitise-test", outcome: outcome, detail: detail, fileID: file)
        }
        try each { c in
            try c.record([
                check("2024-03-01T02:00:00Z", .success, "slice 1/4: 120 objects checked, 0 damaged, 0 unknown to the catalog"),
                check("\(today)T00:00:01Z", .failure, "slice 1/4: 121 objects checked, 1 damaged, 0 unknown to the catalog"),
                check("2024-03-02T02:00:00Z", .success, "slice 2/4: 118 objects checked, 0 damaged, 0 unknown to the catalog"),
                check("2024-03-02T02:00:00Z", .warning, "slice 2/4: 118 objects checked, 0 damaged, 2 unknown to the catalog"),
                check("2024-03-03T02:00:00Z", .success, "Slice 3/4: 117 objects checked, 0 damaged, 0 unknown to the catalog"),
                check("2024-03-04T02:00:00Z", .failure, "slice 4/4 interrupted"),
                check("\(today)T00:00:02Z", .failure, "object 0a1b damaged", file: "PF-1"),
                ArchiveEvent(
                    kind: .export, at: "2024-03-05T02:00:00Z", agent: "digitise-test", outcome: .success, detail: "slice 9/9: not a check"),
            ])
            // Objects checked: one intact, two found damaged at the same moment. SQLite lists those in the order they
            // entered its table (its rowid), which PostgreSQL's `objects` does not keep: it orders them by the second
            // they entered it (then by name). These two entered in different batches, so the order is the same;
            // objects that entered in the same second may be listed in another order (not compared here).
            try c.recordFixity([(StoredObject(hash: CatalogFixture.hash(1), size: 101), .intact)], at: "2024-03-01T02:00:00Z")
            try c.recordFixity([(StoredObject(hash: CatalogFixture.hash(5), size: 105), .missing)], at: "\(today)T00:00:04Z")
            try c.recordFixity(
                [
                    (StoredObject(hash: CatalogFixture.hash(3), size: 103), .intact),
                    (StoredObject(hash: CatalogFixture.hash(9), size: 109), .corrupted(actual: CatalogFixture.hash(99))),
                ], at: "\(today)T00:00:04Z")
        }
        return [b1, b2, b3]
    }

    /// Records the outcomes of waiting pages, named as people name them (`PF-1/letter page 2`), in one call.
    static func record(_ catalog: any Ports, _ outcomes: KeyValuePairs<String, (PageJob) -> PageOutcome>) throws {
        let jobs = try catalog.pendingPages()
        try catalog.recordPages(
            try outcomes.map { label, outcome in
                outcome(try #require(jobs.first { $0.label == label }, "no pending \(label)"))
            })
    }

    /// A page read, with its text and the stage times the test gives it.
    static func read(_ text: String, _ timings: PageTimings = PageTimings()) -> (PageJob) -> PageOutcome {
        { job in
            PageOutcome(
                pageID: job.pageID,
                result: .read(normalised: CatalogFixture.normalised(job), ocr: CatalogFixture.ocr(job, text: text), text: text), dpi: 300,
                dpiSource: "file", timings: timings)
        }
    }

    /// A page that failed in OCR, after its normalisation.
    static func failed(_ code: String, _ message: String) -> (PageJob) -> PageOutcome {
        { job in
            PageOutcome(
                pageID: job.pageID,
                result: .failed(StageFailure(stage: .ocr, code: code, message: message), normalised: CatalogFixture.normalised(job)))
        }
    }

    // MARK: - The clock

    /// Waits for the next second to begin (and a little more), and returns it, in seconds since 1970.
    static func nextSecond() -> Double {
        let now = Date().timeIntervalSince1970
        let next = now.rounded(.down) + 1
        Thread.sleep(forTimeInterval: next - now + 0.02)
        return next
    }

    /// Waits until `time`, in seconds since 1970 (at once, when it has passed).
    static func wait(until time: Double) {
        let left = time - Date().timeIntervalSince1970
        if left > 0 { Thread.sleep(forTimeInterval: left) }
    }
}
