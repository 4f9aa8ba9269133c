import Foundation

/// `digitise verify`: re-hashes the objects of a slice, names what depends on each damaged one, records the check.
///
/// Recording is the catalog's part and comes second: if it fails (a full disk, the very case an operator verifies
/// after), the report still says what the objects are, and says that it was not recorded.
public struct FixityChecker: Sendable {
    let store: any ObjectStoring
    let catalog: any FixityLedger & ProvenanceLog
    let agent: String

    public init(store: any ObjectStoring, catalog: any FixityLedger & ProvenanceLog, agent: String) {
        self.store = store
        self.catalog = catalog
        self.agent = agent
    }

    public func verify(_ slice: FixitySlice) throws -> FixityReport {
        let clock = ContinuousClock()
        let started = clock.now
        let objects = try catalog.objects(in: slice)
        var results: [(StoredObject, FixityResult)] = []
        var problems: [FixityReport.Problem] = []
        var bytes = 0
        var notRecorded: String?
        func record(_ body: () throws -> Void) {
            guard notRecorded == nil else { return }
            do { try body() } catch { notRecorded = "\(error)" }
        }
        for object in objects {
            let result = store.check(object.hash)
            results.append((object, result))
            if result.isIntact {
                bytes += object.size
            } else {
                problems.append(
                    .init(object: object.hash.hex, finding: result.description, dependents: try catalog.dependents(of: object.hash)))
            }
            if results.count == 1_000 {
                record { try catalog.recordFixity(results, at: Timestamp.now()) }
                results.removeAll(keepingCapacity: true)
            }
        }
        record { try catalog.recordFixity(results, at: Timestamp.now()) }
        let known = try catalog.knownObjectHashes()
        let strays = store.allObjectHashes().filter { slice.contains($0) && !known.contains($0.hex) }.map(\.hex).sorted()
        let report = FixityReport(
            slice: slice.description, checked: objects.count, bytes: bytes, seconds: (clock.now - started).inSeconds, problems: problems,
            strays: strays)
        record {
            try catalog.record([
                ArchiveEvent(
                    kind: .fixityCheck, at: Timestamp.now(), agent: agent, outcome: problems.isEmpty ? .success : .failure,
                    detail:
                        "slice \(slice): \(objects.count) objects checked, \(problems.count) damaged, \(strays.count) unknown to the catalog"
                )
            ])
        }
        var recorded = report
        recorded.notRecorded = notRecorded
        return recorded
    }
}
