import DigitiseCore
import Foundation
import ObjectStore
import TestSupport
import Testing

@Suite struct FileObjectStoreTests {
    @Test func storesBytesUnderTheirSHA256() throws {
        let archive = try TemporaryFolder("archive")
        let store = try FileObjectStore(archive: archive.path)
        let object = try store.put(Array("abc".utf8))
        #expect(object.hash.hex == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(object.size == 3)
        #expect(store.path(of: object.hash) == archive.path + "/objects/sha256/ba/78/" + object.hash.hex)
        #expect(try store.read(object.hash) == Array("abc".utf8))
    }

    @Test func copiesAFileBitExactReadOnlyAndOnce() throws {
        let archive = try TemporaryFolder("archive")
        let inbox = try TemporaryFolder("inbox")
        let bytes = (0..<3_000_000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 8) }
        let a = try inbox.file("a.tif", bytes)
        let b = try inbox.file("b.tif", bytes)
        let store = try FileObjectStore(archive: archive.path)
        let first = try store.put(fileAt: a)
        let second = try store.put(fileAt: b)
        #expect(first == second)
        #expect(first.size == bytes.count)
        #expect(try store.read(first.hash) == bytes)
        let attributes = try FileManager.default.attributesOfItem(atPath: store.path(of: first.hash))
        #expect((attributes[.posixPermissions] as? Int) == 0o444)
        // Nothing is left in staging, and the object exists once.
        #expect(try FileManager.default.contentsOfDirectory(atPath: archive.path + "/tmp").isEmpty)
        let all = FileManager.default.enumerator(atPath: archive.path + "/objects")?.allObjects as? [String] ?? []
        #expect(all.filter { $0.hasSuffix(first.hash.hex) }.count == 1)
    }

    @Test func aMissingSourceIsAnError() throws {
        let archive = try TemporaryFolder("archive")
        let store = try FileObjectStore(archive: archive.path)
        #expect(throws: StoreError.self) { try store.put(fileAt: archive.path + "/nope") }
    }
}
