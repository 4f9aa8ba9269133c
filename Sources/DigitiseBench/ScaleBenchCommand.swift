import ArgumentParser
import Catalog
import DigitiseCore
import Foundation
import PostgresCatalog
import ScratchPostgres

/// `digitise-bench scale` (`make bench-scale`): many machines on one archive. First the queue's own cost: 1 to 64
/// worker processes claim pages from one PostgreSQL catalog, each page "read" by a fixed engine of `--engine-seconds`,
/// against the ideal (pages × engine time ÷ workers). Then the catalog at scale on both back ends: `--pages` pages
/// of archive-like text (real word frequencies, a long tail of names, personal codes) written as a night writes them,
/// then searches for names, personal codes, prefixes and phrases timed. The PostgreSQL server is the benchmark's own
/// (`ScratchPostgres`, commits flushed to disk as in production).
struct ScaleBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scale", abstract: "Claim overhead of 1-64 workers on PostgreSQL, and the catalog at scale on SQLite and PostgreSQL.")

    @Option(help: "Worker processes to try, comma-separated.") var workers = "1,2,4,8,16,64"
    @Option(help: "Pages per worker in the claim benchmark.") var pagesPerWorker = 10
    @Option(help: "Seconds the fixed engine takes per page.") var engineSeconds = 2.0
    @Option(help: "Pages in the catalog-at-scale benchmark (0: the claim benchmark alone, its section of the report only).")
    var pages = 1_000_000
    @Option(help: "The catalogs filled and searched at scale, comma-separated: sqlite, postgresql.", transform: CatalogBackEnd.list)
    var backEnds: Set<CatalogBackEnd> = Set(CatalogBackEnd.allCases)
    @Option(help: "Real OCR ground truth to draw words from.") var corpus = "../shared/corpus/real"
    @Option(help: "The project's document templates (more words, in lv, ru and en).") var templates = "corpus/templates"
    @Option(help: "Scratch folder (emptied first).") var work = "bench/work/scale"
    @Option(help: "The file whose scale section is rewritten.") var report = "BENCHMARKS.md"
    @Option(help: "Where the TSV results go.") var results = "bench/results"

    func run() throws {
        try? FileManager.default.removeItem(atPath: work)
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        Console.log("starting a PostgreSQL server of the benchmark's own")
        let server = try PostgresServer.start(durable: true)
        let counts = workers.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        let claims = try ClaimBench(server: server, pagesPerWorker: pagesPerWorker, engineSeconds: engineSeconds).run(counts)
        print(claims.markdown)
        let writer = ResultsWriter(results: results, report: report)
        try record(
            "claims", tsv: claims.tsv, by: "--workers \(workers) --pages \(pages)", in: writer,
            about: [
                "Worker processes on one PostgreSQL catalog (its own server on this machine, fsync on), each taking pages as `digitise run`",
                "does (`ClaimedPageStream`: `claimPages` with `FOR UPDATE SKIP LOCKED`, a lease and a fencing token, one page claimed ahead",
                "of the reading, outcomes written behind it through the claim by `recordClaimedPages`, a heartbeat), reading each with a",
                "fixed engine that sleeps \(engineSeconds) s, \(pagesPerWorker) pages a worker. Ideal: pages × \(engineSeconds) s ÷ workers; the queue's cost",
                "is what the measured time (the common start to the last outcome written, over all workers) adds to it.",
            ], table: claims.markdown)
        guard pages > 0 else { return }  // the claims alone (`--pages 0`)
        let scale = try CatalogScaleBench(
            server: server, pages: pages, work: work, sources: ArchiveLikeText.defaultSources(corpus: corpus, templates: templates),
            backEnds: backEnds
        ).run()
        print(scale.markdown)
        try record(
            "scale", tsv: scale.tsv, by: "--pages \(pages) --back-ends \(backEnds.sorted().map(\.rawValue).joined(separator: ","))",
            in: writer,
            about: [
                "\(pages) pages of archive-like text (words at their frequencies in real OCR ground truth and the",
                "project's templates; about 10,000 surnames; each file's person named and coded on its pages) written as a night writes them",
                "(`registerDocument`, then `CatalogWriter`, 64 pages a transaction); then 20 queries of each kind, each run 5 times, at most 20 hits.",
                "PostgreSQL is searched twice: just after the writing, and again after `VACUUM (ANALYZE)` (the state autovacuum leaves a table in",
                "once a night's inserts have settled; `catalog copy` ends with it). The log (stderr) tells each kind's first pass from the others.",
            ], table: scale.markdown)
    }

    /// One table's section of the report, stamped with when, where and by which command it was measured.
    private func record(_ name: String, tsv: String, by arguments: String, in writer: ResultsWriter, about: [String], table: String) throws
    {
        let stamp = ResultsWriter.stamp
        try writer.record(
            name, tsv: tsv, stamp: stamp, details: [:],
            section: (["Measured \(stamp) on \(ResultsWriter.machine) by `.build/release/digitise-bench scale \(arguments)`.", ""]
                + about + ["", table]).joined(separator: "\n"))
    }
}
