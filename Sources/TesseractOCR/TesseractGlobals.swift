internal import CTesseract

/// Tesseract parameters that are process-wide, set once before any handle reads them.
///
/// Setting a global parameter through one handle while another thread's handle reads it is a data race (it crashed
/// here when tests ran engines in parallel), so they are set exactly once, under Swift's lazy-global guarantee.
enum TesseractGlobals {
    private static let configured: Void = {
        guard let api = TessBaseAPICreate() else { return }
        defer { TessBaseAPIDelete(api) }
        // Tesseract's own warnings ("Estimating resolution", "Empty page") go to a file nobody reads; failures come
        // back as return codes.
        _ = TessBaseAPISetVariable(api, "debug_file", "/dev/null")
        // Tesseract sizes its buffers to the page and the line it reads. glibc serves large blocks from mmap at
        // first, then raises that threshold after the first free, so later buffers land in the heap, where freeing
        // them leaves holes the next page's differently sized buffers do not fit: resident memory climbs all night
        // (1.15x the 50-page peak after 1,000 pages). A fixed threshold keeps large blocks in mmap, given back the
        // moment they are freed (1.07x). The price is the kernel mapping them afresh for every page: about 6% of
        // throughput on the real corpus (BENCHMARKS.md, memory), paid for a night that cannot run out of memory.
        _ = mallopt(M_MMAP_THRESHOLD, 128 * 1024)
    }()

    static func configure() { _ = configured }
}
