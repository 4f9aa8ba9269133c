import DigitiseCore

extension PostgresCatalog: DerivationMemo {
    public func derivation(forKey key: String) throws -> DerivationRecord? {
        try read { db in
            guard let row = try db.row("SELECT stage, result_json FROM derivations WHERE key = ?", [key]),
                let stage = Stage(rawValue: try row[0])
            else { return nil }
            var outputs: [String: StoredObject] = [:]
            for output in try db.rows(
                "SELECT o.role, o.object_hash, b.size FROM derivation_outputs o JOIN objects b ON b.hash = o.object_hash WHERE o.key = ?",
                [key])
            {
                guard let hash = ObjectHash(hex: try output[1]) else { continue }
                outputs[try output[0]] = StoredObject(hash: hash, size: try output[2, as: Int.self])
            }
            return DerivationRecord(key: key, stage: stage, outputs: outputs, resultJSON: try row[1])
        }
    }
}
