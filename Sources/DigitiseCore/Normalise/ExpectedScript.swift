/// The scripts a page may be written in, from the languages that will read it.
///
/// Leptonica's orientation test tells up from down by the shapes of Latin letters (more ascenders than
/// descenders). Cyrillic has the opposite (р, у, д, ф, ц, щ below the line; only б above): on the project's
/// degradation corpus Leptonica turned every upright Russian page it was sure of upside down, and judged every
/// Latin one right (bench/results/history-degraded.md). So only a page read by Latin-script models alone may be
/// judged by it; any other page is judged by Tesseract's OSD, which knows the scripts.
public enum ExpectedScript: String, Sendable, Equatable {
    /// Every language model that reads the page writes in the Latin alphabet.
    case latin
    /// Some model writes in another script (or is not known to be Latin).
    case mixed

    public init(languages: String) {
        let models = languages.split(separator: "+").map(String.init)
        self = !models.isEmpty && models.allSatisfy(Self.latinModels.contains) ? .latin : .mixed
    }

    /// Tesseract models written in the Latin alphabet (the ones an office in Latvia meets; any other is `mixed`).
    static let latinModels: Set<String> = [
        "eng", "lav", "lit", "est", "deu", "fra", "ita", "spa", "por", "nld", "pol", "ces", "slk", "slv", "hrv", "hun",
        "ron", "fin", "swe", "dan", "nor", "isl", "tur", "cat", "gle", "sqi", "bos", "aze_latn", "uzb_latn", "vie",
        "ind", "msa", "lat", "deu_latf",
    ]
}
