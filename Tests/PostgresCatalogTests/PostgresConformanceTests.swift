import PostgresCatalog
import TestSupport
import Testing

/// The catalog ports' contracts (`TestSupport/Conformance`) on PostgreSQL: the same scenarios the SQLite catalog and
/// the in-memory double pass, each on a fresh database of the tests' own server.
@Suite struct PostgresConformanceTests {
    func make() throws -> PostgresCatalog { try FreshCatalog.make() }

    @Test func batchLedger() { BatchLedgerConformance(make: make).run() }
    @Test func pageQueueAndDerivationMemo() { PageQueueConformance(make: make).run() }
    @Test func runLedger() { RunLedgerConformance(make: make).run() }
    @Test func documentVersionsAndClassificationStore() { DocumentVersionsConformance(make: make).run() }
    @Test func archiveReader() { ArchiveReaderConformance(stems: true, make: make).run() }
    @Test func classificationStore() { ClassificationStoreConformance(make: make).run() }
    @Test func provenanceLog() { ProvenanceLogConformance(make: make).run() }
    @Test func reviewDesk() { ReviewDeskConformance(make: make).run() }
    @Test func unreadablePages() { UnreadablePagesConformance(make: make).run() }
}
