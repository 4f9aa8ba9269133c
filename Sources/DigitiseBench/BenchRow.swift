/// One configuration's measured run, and the text it read per image.
struct BenchRow: Sendable {
    let name: String
    let description: String
    let pages: Int
    let seconds: Double
    let peakRSSKiB: Int
    /// Image file name → recognised text (empty when the tool failed on it).
    let texts: [String: String]
    let failures: Int
    /// Images the tool itself marked as not read (digitise: a page failed or unreadable); a peer marks none.
    var flagged: Set<String> = []
    /// Every round's wall seconds, in order, when the row stands for several runs (`seconds` is their median).
    var roundSeconds: [Double] = []

    var pagesPerMinute: Double { seconds > 0 ? Double(pages) / seconds * 60 : 0 }

    /// One row for several runs of a configuration: the median wall time, the highest peak memory, the first
    /// run's texts (OCR is deterministic; a run whose failures differ shows in the log).
    static func median(of runs: [BenchRow]) -> BenchRow {
        let times = runs.map(\.seconds)
        var row = BenchRow(
            name: runs[0].name, description: runs[0].description, pages: runs[0].pages, seconds: Statistics.median(times),
            peakRSSKiB: runs.map(\.peakRSSKiB).max() ?? 0, texts: runs[0].texts, failures: runs.map(\.failures).max() ?? 0)
        row.roundSeconds = times
        row.flagged = runs[0].flagged
        return row
    }
}
