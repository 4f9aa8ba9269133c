import DigitiseCore
import Foundation
import GRDB

/// The catalog in SQLite (`ARCHIVE/catalog.sqlite`): WAL mode, FTS5 over page text with diacritics folded
/// (`berzins` finds `Bērziņš`). GRDB's `DatabasePool` serialises the writes and runs reads beside them.
public final class SQLiteCatalog: CatalogStore {
    let pool: DatabasePool
    /// The program and version writing through this connection: the agent of the events it records.
    let agent: String
    /// How long one read may run (the report server's): nil for no limit.
    let readDeadline: Duration?

    /// Opens the catalog, creating it and bringing its schema up to date unless `readOnly`.
    /// - Parameter readDeadline: interrupt any read that runs longer (`CatalogError.timedOut`); nil: no limit.
    public init(path: String, readOnly: Bool = false, agent: String = "digitise", readDeadline: Duration? = nil) throws {
        self.agent = agent
        self.readDeadline = readDeadline
        if readOnly && !FileManager.default.fileExists(atPath: path) { throw CatalogError.noCatalog(path) }
        var configuration = Configuration()
        configuration.readonly = readOnly
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(30)
        configuration.label = "catalog"
        configuration.prepareDatabase { db in
            if !db.configuration.readonly {
                try db.run("PRAGMA synchronous = NORMAL")
            }
            if readDeadline != nil { QueryDeadline.install(on: db) }
        }
        pool = try DatabasePool(path: path, configuration: configuration)
        if !readOnly { try CatalogSchema.migrator.migrate(pool) }
    }

    /// SQLite's journal mode for this catalog: `wal` for every catalog this program creates.
    public func journalMode() throws -> String {
        try read { try String.fetchOne($0, sql: "PRAGMA journal_mode") ?? "" }
    }

    static func now() -> String { Timestamp.now() }

    /// A write transaction. A disk that fills under it is said as such (`CatalogError.diskFull`): SQLite has rolled
    /// the transaction back, and nothing half-written remains.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try pool.write(body)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_FULL {
            throw CatalogError.diskFull(path: pool.path)
        }
    }

    /// A read on one of the pool's connections, within the catalog's read deadline when it has one.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try pool.read { db in
            guard let limit = readDeadline, let deadline = QueryDeadline.of(db) else {
                return try body(db)
            }
            deadline.start(limit)
            defer { deadline.clear() }
            do {
                return try body(db)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_INTERRUPT {
                throw CatalogError.timedOut(seconds: Double(limit.components.seconds) + Double(limit.components.attoseconds) / 1e18)
            }
        }
    }

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

    public func pendingPages() throws -> [PageJob] {
        try read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT p.id, d.file_id, d.name, p.number, p.source_object, p.source_page
                    FROM pages p JOIN documents d ON d.id = p.document_id
                    WHERE p.status = 'pending' AND d.is_current = 1
                    ORDER BY coalesce(p.width * p.height, 0) DESC, d.file_id, d.name, p.number
                    """)
            return rows.compactMap { row in
                guard let file = FileID(validating: row[1]), let source = ObjectHash(hex: row[4]) else { return nil }
                return PageJob(pageID: row[0], fileID: file, documentName: row[2], number: row[3], sourceObject: source, sourcePage: row[5])
            }
        }
    }

    public func finishedPageKeys(batch: Int64) throws -> [PageKeys] {
        try read { db in
            let cursor = try Row.fetchCursor(
                db,
                sql: """
                    SELECT p.id, d.file_id, d.name, p.number, p.source_object, p.source_page, p.normalise_key, p.ocr_key, o.object_hash
                    FROM pages p JOIN documents d ON d.id = p.document_id
                    JOIN batch_documents b ON b.document_id = d.id AND b.batch_id = ?
                    LEFT JOIN derivation_outputs o ON o.key = p.normalise_key AND o.role = 'image'
                    WHERE p.status IN ('done', 'blank') AND d.is_current = 1
                    ORDER BY d.file_id, d.name, p.number
                    """, arguments: [batch])
            var pages: [PageKeys] = []
            while let row = try cursor.next() {
                guard let file = FileID(validating: row[1]), let source = ObjectHash(hex: row[4]) else { continue }
                let job = PageJob(
                    pageID: row[0], fileID: file, documentName: row[2], number: row[3], sourceObject: source, sourcePage: row[5])
                pages.append(
                    PageKeys(
                        job: job, normaliseKey: row[6], ocrKey: row[7], normalisedImage: (row[8] as String?).flatMap(ObjectHash.init(hex:)))
                )
            }
            return pages
        }
    }

    public func derivation(forKey key: String) throws -> DerivationRecord? {
        try read { db in
            guard
                let row = try Row.fetchOne(
                    db.cachedStatement(sql: "SELECT stage, result_json FROM derivations WHERE key = ?"), arguments: [key]),
                let stage = Stage(rawValue: row[0])
            else { return nil }
            var outputs: [String: StoredObject] = [:]
            for output in try Row.fetchAll(
                db.cachedStatement(
                    sql:
                        "SELECT o.role, o.object_hash, b.size FROM derivation_outputs o JOIN objects b ON b.hash = o.object_hash WHERE o.key = ?"
                ),
                arguments: [key])
            {
                guard let hash = ObjectHash(hex: output[1]) else { continue }
                outputs[output[0]] = StoredObject(hash: hash, size: output[2])
            }
            return DerivationRecord(key: key, stage: stage, outputs: outputs, resultJSON: row[1])
        }
    }
}
