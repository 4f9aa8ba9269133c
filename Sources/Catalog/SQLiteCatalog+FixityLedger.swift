import DigitiseCore
import Foundation
import GRDB

extension SQLiteCatalog: FixityLedger {
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
