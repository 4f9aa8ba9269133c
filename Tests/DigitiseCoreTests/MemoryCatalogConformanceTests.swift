import DigitiseCore
import Foundation
import TestSupport
import Testing

/// The in-memory catalog the run-engine tests use, held to the same contracts as the SQLite catalog
/// (`CatalogConformanceTests`): a scenario that passes there and fails here is a fault of the double.
@Suite struct MemoryCatalogConformanceTests {
    func make() -> MemoryCatalog { MemoryCatalog() }

    @Test func batchLedger() { BatchLedgerConformance(make: make).run() }
    @Test func pageQueueAndDerivationMemo() { PageQueueConformance(make: make).run() }
    @Test func classificationStore() { ClassificationStoreConformance(make: make).run() }
    @Test func documentVersions() { DocumentVersionsConformance(make: make).run() }
    @Test func provenanceLog() { ProvenanceLogConformance(make: make).run() }
    @Test func runLedger() { RunLedgerConformance(make: make).run() }
    @Test func archiveReader() { ArchiveReaderConformance(make: make).run() }
    @Test func reviewDesk() { ReviewDeskConformance(make: make).run() }
    @Test func unreadablePages() { UnreadablePagesConformance(make: make).run() }

    /// The store double names objects as `FileObjectStore` does, so hashes computed elsewhere find them; and its
    /// paths are real files, for the decoders.
    @Test func theObjectStoreDoubleNamesObjectsByTheirSHA256() throws {
        let store = MemoryObjectStore()
        let vectors: [([UInt8], String)] = [
            ([], "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
            (Array("abc".utf8), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
            (
                Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8),
                "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
            ),
            (Array(repeating: Array(0...255), count: 4).flatMap { $0 }, "785b0751fc2c53dc14a4ce3d800e69ef9ce1009eb327ccf458afe09c242c26c9"),
        ]
        for (bytes, hex) in vectors {
            let stored = try store.put(bytes)
            #expect(stored == StoredObject(hash: try #require(ObjectHash(hex: hex)), size: bytes.count))
            #expect(try store.read(stored.hash) == bytes)
            #expect(FileManager.default.contents(atPath: store.path(of: stored.hash)) == Data(bytes))
            #expect(store.check(stored.hash) == .intact)
        }
        #expect(try store.put(Array("abc".utf8)) == StoredObject(hash: ObjectHash(hex: vectors[1].1)!, size: 3), "stored once")
        #expect(store.allObjectHashes().count == vectors.count)
        let absent = try #require(ObjectHash(hex: String(repeating: "0", count: 64)))
        #expect(store.check(absent) == .missing)
        #expect(throws: (any Error).self) { try store.read(absent) }
    }

    @Test func theObjectStoreDoubleRefusesWhatTheRealStoreRefuses() throws {
        let store = MemoryObjectStore()
        let folder = try TemporaryFolder("refused")
        let file = try folder.file("big.tif", [UInt8](repeating: 7, count: 100))
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/link.tif", withDestinationPath: file)
        #expect(try store.put(fileAt: file, maxBytes: 100).size == 100)
        func code(_ path: String, maxBytes: Int = 1000) -> String? {
            do {
                _ = try store.put(fileAt: path, maxBytes: maxBytes)
                return nil
            } catch {
                return (error as? SourceRefused)?.code
            }
        }
        #expect(code(file, maxBytes: 99) == "inbox.too-large")
        #expect(code(folder.path + "/link.tif") == "inbox.not-a-file")
        #expect(code(folder.path) == "inbox.not-a-file")
        #expect(code(folder.path + "/gone.tif") == "inbox.unreadable")
    }
}
