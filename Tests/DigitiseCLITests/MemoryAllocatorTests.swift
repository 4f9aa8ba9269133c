import MemoryAllocator
import TestSupport
import Testing

/// The allocator the program links must be the one serving `malloc`: linked after the C library, it would load and
/// do nothing, and memory over a night would be glibc's again (BENCHMARKS.md, memory).
@Suite struct MemoryAllocatorTests {
    @Test func mimallocServesMallocInAProcessThatLinksIt() {
        MemoryAllocator.configureForLongBatches()
        #expect(MemoryAllocator.servesMalloc)
        #expect(MemoryAllocator.version.hasPrefix("2."))
    }

    @Test func theProgramStartsMimalloc() throws {
        let result = try Command.run(Repository.binary, ["--version"], environment: ["MIMALLOC_VERBOSE": "1"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("mimalloc: process init"))
    }
}
