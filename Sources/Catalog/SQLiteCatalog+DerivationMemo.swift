import DigitiseCore
import Foundation
import GRDB

extension SQLiteCatalog: DerivationMemo {
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
