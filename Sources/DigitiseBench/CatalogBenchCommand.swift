import ArgumentParser
import Catalog
import DigitiseCore
import Foundation

/// `digitise-bench catalog`: the catalog at scale, without OCR. Realistic page texts go in through the same calls
/// the pipeline makes (`registerDocument`, `recordPage`), then the searches and the progress query are timed.
struct CatalogBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalog", abstract: "Insert N pages of text into a catalog; time inserts, searches and the progress query.")

    @Option(help: "Pages to insert.") var pages = 1_000_000
    @Option(help: "Pages per document.") var pagesPerDocument = 10
    @Option(help: "Scratch folder (emptied first).") var work = "bench/work/catalog"
    @Option(help: "The file whose catalog section is rewritten.") var report = "BENCHMARKS.md"
    @Option(help: "Where the TSV results go.") var results = "bench/results"

    static let queries = [
        "berzins", "uzturesanas atlauja", "patver*", "\"residence permit\"", "убежищ*", "ходатайство", "darba ligums", "pase",
        "\"employment contract\"", "asylum", "deklaracija", "dzimsanas aplieciba", "riga", "\"refugee status\"", "decision", "lemums",
        "alternativais statuss", "миграц*", "visa interview", "kuznecovs",
    ]

    func run() throws {
        try? FileManager.default.removeItem(atPath: work)
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let path = work + "/catalog.sqlite"
        let catalog = try SQLiteCatalog(path: path)
        let clock = ContinuousClock()
        let filled = try SyntheticCatalog.fill(catalog, pages: pages, pagesPerDocument: pagesPerDocument)
        let batch = filled.batch, inserted = filled.pages, characters = filled.characters, generation = filled.generationSeconds
        let insertSeconds = filled.seconds - generation

        var latencies: [Double] = []
        var hits = 0
        for _ in 0..<5 {
            for query in Self.queries {
                let t = clock.now
                hits += try catalog.search(SearchQuery(text: query, limit: 20)).count
                latencies.append((clock.now - t).inSeconds * 1000)
            }
        }
        latencies.sort()
        let progressStart = clock.now
        let counts = try catalog.summary(ofBatch: batch, failureLimit: 50)
        let progressMs = (clock.now - progressStart).inSeconds * 1000
        let size = ["", "-wal", "-shm"].compactMap { (try? FileManager.default.attributesOfItem(atPath: path + $0))?[.size] as? Int }
            .reduce(0, +)
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)

        let lines = [
            ("pages inserted", String(counts.pagesDone)),
            ("text, MiB", String(format: "%.0f", Double(characters) / 1_048_576)),
            ("insert, pages/s", String(format: "%.0f", Double(inserted) / insertSeconds)),
            ("insert, total s", String(format: "%.0f", insertSeconds)),
            ("text generation (excluded), s", String(format: "%.0f", generation)),
            ("database size, MiB", String(format: "%.0f", Double(size) / 1_048_576)),
            ("FTS query p50, ms", String(format: "%.1f", latencies[latencies.count / 2])),
            ("FTS query p95, ms", String(format: "%.1f", latencies[Int(Double(latencies.count) * 0.95)])),
            ("FTS queries (20 × 5), hits returned", String(hits)),
            ("progress query (batch summary), ms", String(format: "%.0f", progressMs)),
            ("peak RSS, MiB", String(format: "%.0f", Double(usage.ru_maxrss) / 1024)),
        ]
        let table = (["| measure | value |", "|---|---:|"] + lines.map { "| \($0.0) | \($0.1) |" }).joined(separator: "\n")
        print(table)
        let resultsWriter = ResultsWriter(results: results, report: report)
        try FileManager.default.createDirectory(atPath: results, withIntermediateDirectories: true)
        try (["measure\tvalue"] + lines.map { "\($0.0)\t\($0.1)" }).joined(separator: "\n").appending("\n")
            .write(toFile: results + "/catalog-latest.tsv", atomically: true, encoding: .utf8)
        try resultsWriter.replaceSection(
            "catalog",
            with: [
                "Measured \(ResultsWriter.stamp) on \(ResultsWriter.machine) by `make bench-catalog` (`.build/release/digitise-bench catalog --pages \(pages)`):",
                "\(pages) synthetic pages (~1,500 characters; Latvian, Russian, English vocabulary) registered document by document and written by `CatalogWriter` (64 pages a transaction), as a run does",
                "through `SQLiteCatalog.registerDocument` and `recordPage`, the pipeline's own calls. Queries: \(Self.queries.count) fixed",
                "queries (words, prefixes, phrases, Latvian typed without diacritics), each run 5 times.", "", table,
            ].joined(separator: "\n"))
    }
}
