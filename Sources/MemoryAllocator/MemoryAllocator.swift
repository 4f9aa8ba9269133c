import CMimalloc
import Glibc

/// The program's allocator: mimalloc, which this module links. Being linked before the C library, its `malloc` and
/// `free` serve the whole process, Tesseract's and Leptonica's allocations as much as Swift's.
///
/// Why not glibc's: a night's memory must stay flat, and glibc's per-thread arenas keep what a page freed between
/// the pages' longer-lived allocations, so two OCR workers' peak grew to 1.18x a 50-page batch's over 1,000 pages
/// even with `malloc_trim` after every page. mimalloc with pages of memory handed back as soon as they are free
/// held it to 1.06x, and the batch was no slower (bench/results/memory-investigation-2026-11-29.tsv).
public enum MemoryAllocator {
    /// Hands every free page of memory back to the system at once instead of keeping it for reuse; call before the
    /// workers start.
    public static func configureForLongBatches() {
        mi_option_set_enabled(mi_option_page_reset, true)
    }

    /// Whether `malloc` is mimalloc's in this process (it is not if the C library was bound first, for instance
    /// under an `LD_PRELOAD` of another allocator).
    public static var servesMalloc: Bool {
        guard let probe = malloc(64) else { return false }
        defer { free(probe) }
        return mi_is_in_heap_region(probe)
    }

    /// mimalloc's version, as "2.0.9".
    public static var version: String {
        let v = Int(mi_version())
        return "\(v / 100).\(v % 100 / 10).\(v % 10)"
    }
}
