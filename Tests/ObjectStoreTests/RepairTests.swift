import DigitiseCore
import Foundation
import ObjectStore
import TestSupport
import Testing

/// Bytes that arrive again for an object the store holds damaged replace it, and the result says what was wrong.
@Suite struct RepairTests {
    @Test(arguments: ["truncated", "flipped"])
    func aDamagedObjectIsRewrittenWhenItsBytesArriveAgain(damage: String) throws {
        let archive = try TemporaryFolder("archive")
        let inbox = try TemporaryFolder("inbox")
        let store = try FileObjectStore(archive: archive.path)
        let bytes = (0..<100_000).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        let source = try inbox.file("page.tif", bytes)
        let first = try store.put(fileAt: source, maxBytes: .max)
        #expect(first.repairedDamage == nil)
        // Damage the stored copy behind the store's back.
        let path = store.path(of: first.hash)
        chmod(path, 0o644)
        var broken = bytes
        if damage == "truncated" { broken.removeLast(1000) } else { broken[500] ^= 0xFF }
        try Data(broken).write(to: URL(fileURLWithPath: path))
        #expect(!store.check(first.hash).isIntact)

        let again = try store.put(fileAt: source, maxBytes: .max)
        #expect(again.hash == first.hash)
        #expect(again.repairedDamage != nil)
        #expect(store.check(first.hash).isIntact)
        #expect(try store.read(first.hash) == bytes)
        // And bytes produced by the pipeline the same way.
        chmod(path, 0o644)
        try Data(broken).write(to: URL(fileURLWithPath: path))
        #expect(try store.put(bytes).repairedDamage != nil)
        #expect(store.check(first.hash).isIntact)
        #expect(try store.put(bytes).repairedDamage == nil, "an intact object is not rewritten")
    }
}
