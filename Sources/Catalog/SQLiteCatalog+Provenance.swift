import DigitiseCore
import GRDB

extension SQLiteCatalog {
    public func record(_ events: [ArchiveEvent]) throws {
        guard !events.isEmpty else { return }
        try write { db in
            for event in events { try Self.insert(event, in: db) }
        }
    }

    /// Records that the store rewrote a damaged object from bytes that arrived again: its fixity is good once more,
    /// and every personal file that depends on it gets a fixity event saying what was wrong and that it was repaired.
    static func recordRepair(of object: StoredObject, agent: String, at now: String, in db: Database) throws {
        guard let damage = object.repairedDamage else { return }
        try db.run("UPDATE objects SET verified_at = ?, fixity = 'ok' WHERE hash = ?", [now, object.hash.hex])
        let files = try dependentFiles(of: object.hash, in: db)
        for file in files.isEmpty ? [nil] : files.map(Optional.some) {
            try insert(
                ArchiveEvent(
                    kind: .fixityCheck, at: now, agent: agent, outcome: .success,
                    detail:
                        "object \(object.hash.hex) was damaged (\(damage)); repaired: rewritten from identical bytes that arrived again",
                    fileID: file, object: object.hash.hex), in: db)
        }
    }

    /// The personal files that hold an object: as an original, or as a page's derivative.
    static func dependentFiles(of hash: ObjectHash, in db: Database) throws -> [String] {
        try String.fetchAll(
            db,
            sql: """
                SELECT d.file_id FROM document_sources s JOIN documents d ON d.id = s.document_id WHERE s.object_hash = ?
                UNION SELECT d.file_id FROM derivation_outputs o JOIN pages p ON p.normalise_key = o.key OR p.ocr_key = o.key
                JOIN documents d ON d.id = p.document_id WHERE o.object_hash = ?
                """, arguments: [hash.hex, hash.hex])
    }

    static func insert(_ e: ArchiveEvent, in db: Database) throws {
        try db.run(
            "INSERT INTO events(type, at, agent, operator, outcome, detail, file_id, document, page, object_hash) VALUES (?,?,?,?,?,?,?,?,?,?)",
            [e.kind.rawValue, e.at, e.agent, e.person, e.outcome.rawValue, e.detail, e.fileID, e.document, e.page, e.object])
    }

    public func events(forFile id: FileID) throws -> [ArchiveEvent] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT type, at, agent, operator, outcome, detail, file_id, document, page, object_hash
                    FROM events WHERE file_id = ? ORDER BY id
                    """, arguments: [id.rawValue]
            ).compactMap { row in
                guard let kind = ArchiveEvent.Kind(rawValue: row[0]), let outcome = ArchiveEvent.Outcome(rawValue: row[4]) else {
                    return nil
                }
                return ArchiveEvent(
                    kind: kind, at: row[1], agent: row[2], person: row[3], outcome: outcome, detail: row[5], fileID: row[6],
                    document: row[7],
                    page: row[8], object: row[9])
            }
        }
    }

    public func objects(in slice: FixitySlice) throws -> [StoredObject] {
        try read { db in
            var objects: [StoredObject] = []
            let cursor = try Row.fetchCursor(db, sql: "SELECT hash, size FROM objects ORDER BY hash")
            while let row = try cursor.next() {
                guard let hash = ObjectHash(hex: row[0]), slice.contains(hash) else { continue }
                objects.append(StoredObject(hash: hash, size: row[1]))
            }
            return objects
        }
    }

    public func knownObjectHashes() throws -> Set<String> {
        try read { db in Set(try String.fetchAll(db, sql: "SELECT hash FROM objects")) }
    }

    public func dependents(of hash: ObjectHash) throws -> [String] {
        try read { db in
            var names: [String] = []
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT d.file_id, d.name, d.version, d.is_current, s.relative_path FROM document_sources s
                    JOIN documents d ON d.id = s.document_id WHERE s.object_hash = ? ORDER BY d.file_id, d.name, d.version
                    """, arguments: [hash.hex])
            {
                names.append(
                    "\(row[0] as String)/\(row[1] as String) v\(row[2] as Int)\((row[3] as Bool) ? "" : " (old)"): original \(row[4] as String)"
                )
            }
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT d.file_id, d.name, d.version, p.number, o.role FROM derivation_outputs o
                    JOIN pages p ON p.normalise_key = o.key OR p.ocr_key = o.key
                    JOIN documents d ON d.id = p.document_id WHERE o.object_hash = ? ORDER BY d.file_id, d.name, p.number
                    """, arguments: [hash.hex])
            {
                names.append("\(row[0] as String)/\(row[1] as String) v\(row[2] as Int) page \(row[3] as Int): \(row[4] as String)")
            }
            return names
        }
    }

    public func recordFixity(_ results: [(StoredObject, FixityResult)], at time: String) throws {
        guard !results.isEmpty else { return }
        try write { db in
            for (object, result) in results {
                try db.run(
                    "UPDATE objects SET verified_at = ?, fixity = ? WHERE hash = ?",
                    [time, result.isIntact ? "ok" : result.description, object.hash.hex])
                guard !result.isIntact else { continue }
                // One event per personal file that depends on the object, so `digitise events FILE-ID` shows it.
                let files = try Self.dependentFiles(of: object.hash, in: db)
                for file in files.isEmpty ? [nil] : files.map(Optional.some) {
                    try Self.insert(
                        ArchiveEvent(
                            kind: .fixityCheck, at: time, agent: agent, outcome: .failure,
                            detail: "object \(object.hash.hex) \(result.description)",
                            fileID: file, object: object.hash.hex), in: db)
                }
            }
        }
    }
}
