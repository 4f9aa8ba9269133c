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
    }()

    static func configure() { _ = configured }
}
