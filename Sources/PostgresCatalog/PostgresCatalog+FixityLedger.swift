import DigitiseCore

extension PostgresCatalog: FixityLedger {
    public func objects(in slice: FixitySlice) throws -> [StoredObject] {
        try read { db in
            try db.rows("SELECT hash, size FROM objects ORDER BY hash COLLATE \"C\"").compactMap { row in
                guard let hash = ObjectHash(hex: try row[0]), slice.contains(hash) else { return nil }
                return StoredObject(hash: hash, size: try row[1, as: Int.self])
            }
        }
    }

    public func knownObjectHashes() throws -> Set<String> {
        try read { db in Set(try db.rows("SELECT hash FROM objects").map { try $0[0, as: String.self] }) }
    }

    public func dependents(of hash: ObjectHash) throws -> [String] {
        try read { db in
            var names: [String] = []
            for row in try db.rows(
                """
                SELECT d.file_id, d.name, d.version, d.is_current, s.relative_path FROM document_sources s
                JOIN documents d ON d.id = s.document_id WHERE s.object_hash = ?
                ORDER BY d.file_id COLLATE "C", d.name COLLATE "C", d.version
                """, [hash.hex])
            {
                let current = try row[3, as: Int.self] != 0
                names.append(
                    "\(try row[0, as: String.self])/\(try row[1, as: String.self]) v\(try row[2, as: Int.self])\(current ? "" : " (old)"): original \(try row[4, as: String.self])"
                )
            }
            for row in try db.rows(
                """
                SELECT * FROM (
                    SELECT DISTINCT d.file_id, d.name, d.version, p.number, o.role FROM derivation_outputs o
                    JOIN pages p ON p.normalise_key = o.key OR p.ocr_key = o.key
                    JOIN documents d ON d.id = p.document_id WHERE o.object_hash = ?) x
                ORDER BY x.file_id COLLATE "C", x.name COLLATE "C", x.number
                """, [hash.hex])
            {
                names.append(
                    "\(try row[0, as: String.self])/\(try row[1, as: String.self]) v\(try row[2, as: Int.self]) page \(try row[3, as: Int.self]): \(try row[4, as: String.self])"
                )
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
