import DigitiseCore
import Foundation
import ObjectStore
import TestSupport
import Testing

/// The space a run sets aside so that a full disk still lets it close its batch: really allocated (a sparse file
/// would give nothing back), gone once released, and not counted as a crashed run's leftover.
@Suite struct SpaceReserveTests {
    @Test func theReserveHoldsAllocatedBlocksUntilReleased() throws {
        let archive = try TemporaryFolder("archive")
        let store = try FileObjectStore(archive: archive.path)
        store.reserveSpace()
        var status = stat()
        try #require(stat(store.spaceReserve, &status) == 0)
        #expect(store.spaceReserve.hasPrefix(archive.path + "/tmp/space-reserve-"))
        #expect(status.st_size == 256 << 10)
        #expect(Int(status.st_blocks) * 512 >= 256 << 10, "allocated, not sparse")
        store.releaseSpaceReserve()
        #expect(try FileManager.default.contentsOfDirectory(atPath: archive.path + "/tmp").isEmpty)
    }

    @Test func clearingStagingRemovesTheReserveWithoutCountingItAsALeftover() throws {
        let archive = try TemporaryFolder("archive")
        let store = try FileObjectStore(archive: archive.path)
        store.reserveSpace()
        _ = try archive.file("tmp/object-crashed", [1, 2, 3])
        #expect(try store.clearStaging() == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: archive.path + "/tmp").isEmpty)
    }
}
