import Catalog
import Foundation
import TestSupport
import Testing

/// The catalog ports' contracts (`TestSupport/Conformance`) on the SQLite catalog. `MemoryCatalogConformanceTests`
/// holds the in-memory double the run-engine tests use to the same scenarios.
@Suite struct CatalogConformanceTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder("conformance")
    }

    /// A new catalog per scenario, in the suite's folder (which outlives every catalog made in it).
    func make() throws -> SQLiteCatalog {
        try SQLiteCatalog(path: folder.path + "/catalog-\(UUID().uuidString).sqlite")
    }

    @Test func batchLedger() { BatchLedgerConformance(make: make).run() }
    @Test func pageQueueAndDerivationMemo() { PageQueueConformance(make: make).run() }
    @Test func classificationStore() { ClassificationStoreConformance(make: make).run() }
    @Test func documentVersions() { DocumentVersionsConformance(make: make).run() }
    @Test func provenanceLog() { ProvenanceLogConformance(make: make).run() }
    @Test func runLedger() { RunLedgerConformance(make: make).run() }
    @Test func archiveReader() { ArchiveReaderConformance(make: make).run() }
    @Test func reviewDesk() { ReviewDeskConformance(make: make).run() }
    @Test func unreadablePages() { UnreadablePagesConformance(make: make).run() }
}
