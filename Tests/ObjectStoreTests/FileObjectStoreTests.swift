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
        let first = try store.put(fileAt: a, maxBytes: .max)
        let second = try store.put(fileAt: b, maxBytes: .max)
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

    /// What the inbox holds but a store must not take in is refused with the file's fault (`SourceRefused`), not the
    /// archive's (`StoreError`, which ends a run): a file gone, a FIFO (never waited on), a link (never followed), a
    /// file over the size limit.
    @Test func refusesWhatIsNotARegularFileOfAllowedSize() throws {
        let archive = try TemporaryFolder("archive")
        let inbox = try TemporaryFolder("inbox")
        let store = try FileObjectStore(archive: archive.path)
        let real = try inbox.file("real.tif", Array(repeating: 7, count: 1000))
        let fifo = inbox.path + "/fifo.tif"
        #expect(mkfifo(fifo, 0o644) == 0)
        let link = inbox.path + "/link.tif"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)
        func code(_ path: String, maxBytes: Int = .max) -> String? {
            do {
                _ = try store.put(fileAt: path, maxBytes: maxBytes)
                return nil
            } catch let refusal as SourceRefused {
                return refusal.code
            } catch {
                return "other: \(error)"
            }
        }
        #expect(code(inbox.path + "/nope") == "inbox.unreadable")
        #expect(code(fifo) == "inbox.not-a-file")
        #expect(code(link) == "inbox.not-a-file")
        #expect(code(real, maxBytes: 999) == "inbox.too-large")
        #expect(code(real, maxBytes: 1000) == nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: archive.path + "/tmp").isEmpty)
    }
}
