import DigitiseCore

extension MemoryCatalog: DerivationMemo {
    public func derivation(forKey key: String) throws -> DerivationRecord? {
        try read { state in
            guard let derivation = state.derivations[key] else { return nil }
            return DerivationRecord(
                key: key, stage: derivation.stage, outputs: derivation.outputs.mapValues { state.storedObject($0) },
                resultJSON: derivation.resultJSON)
        }
    }
}
