import DigitiseCore

extension MemoryCatalog: ProvenanceLog {
    public func record(_ events: [ArchiveEvent]) throws {
        guard !events.isEmpty else { return }
        try write { state in state.events += events }
    }
}
