import Testing

@testable import PageImaging

/// The bookkeeping behind `ImageMemory`: which freed page buffer a new page gets, and what is given back.
@Suite struct BufferShelfTests {
    static let mib = 1 << 20

    @Test func handsOutTheSmallestBufferThatFits() {
        var shelf = BufferShelf(budget: 64 * Self.mib)
        for (address, size) in [(0x1000, 9), (0x2000, 6), (0x3000, 7)] {
            #expect(shelf.keep(.init(address: UInt(address), size: size * Self.mib)).isEmpty)
        }
        #expect(shelf.take(atLeast: 6 * Self.mib + 1) == .init(address: 0x3000, size: 7 * Self.mib))
        #expect(shelf.take(atLeast: 5 * Self.mib) == .init(address: 0x2000, size: 6 * Self.mib))
        #expect(shelf.bytes == 9 * Self.mib)
        #expect(shelf.buffers.map(\.address) == [0x1000])
    }

    /// A kept buffer serves requests of more than half its size and up to its size, no others.
    @Test func servesOnlyRequestsBetweenHalfItsSizeAndItsSize() {
        var shelf = BufferShelf(budget: 64 * Self.mib)
        _ = shelf.keep(.init(address: 0x1000, size: 8 * Self.mib))
        #expect(shelf.take(atLeast: 4 * Self.mib) == nil)
        #expect(shelf.take(atLeast: 8 * Self.mib + 1) == nil)
        #expect(shelf.take(atLeast: 4 * Self.mib + 1) == .init(address: 0x1000, size: 8 * Self.mib))
        #expect(shelf.take(atLeast: 1) == nil)
    }

    @Test func givesUpTheLongestKeptToStayWithinItsBudget() {
        var shelf = BufferShelf(budget: 20 * Self.mib)
        #expect(shelf.keep(.init(address: 0x1000, size: 8 * Self.mib)).isEmpty)
        #expect(shelf.keep(.init(address: 0x2000, size: 8 * Self.mib)).isEmpty)
        let released = shelf.keep(.init(address: 0x3000, size: 6 * Self.mib))
        #expect(released == [.init(address: 0x1000, size: 8 * Self.mib)])
        #expect(shelf.bytes == 14 * Self.mib)
        #expect(shelf.buffers.map(\.address) == [0x2000, 0x3000])
    }

    @Test func givesBackABufferLargerThanItsWholeBudget() {
        var shelf = BufferShelf(budget: 20 * Self.mib)
        _ = shelf.keep(.init(address: 0x1000, size: 8 * Self.mib))
        let huge = BufferShelf.Buffer(address: 0x2000, size: 21 * Self.mib)
        #expect(shelf.keep(huge) == [huge])
        #expect(shelf.buffers.map(\.address) == [0x1000])
    }
}
