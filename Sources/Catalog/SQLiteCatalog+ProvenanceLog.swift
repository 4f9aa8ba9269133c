import DigitiseCore
import GRDB

extension SQLiteCatalog: ProvenanceLog {
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
                    detail: object.repairDetail(damage),
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

}
