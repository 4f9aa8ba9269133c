import Catalog
import DigitiseCore
import Foundation
import PostgresCatalog
import ScratchPostgres

/// The catalog-at-scale half of `digitise-bench scale`: the same archive-like pages written into a SQLite and a
/// PostgreSQL catalog, then the same searches timed on both, by kind of query.
struct CatalogScaleBench {
    let server: PostgresServer
    let pages: Int
    let work: String
    let sources: [String]
    /// Which catalogs to fill and search: `sqlite`, `postgresql` or both.
    let backEnds: Set<CatalogBackEnd>
    static let seed: UInt64 = 20_261_205

    struct Row {
        let backEnd: String
        let pagesPerSecond: Double
        let megabytes: Double
        /// p50 and p95 in milliseconds and hits, by kind of query.
        let latencies: [(kind: String, p50: Double, p95: Double, hits: Int)]
    }

    struct Result {
        let rows: [Row]
        let kinds: [String]
        let pages: Int

        var markdown: String {
            var lines = [
                "| back end | pages | insert pages/s | size, MiB | " + kinds.map { "\($0): p50 / p95 ms (hits)" }.joined(separator: " | ")
                    + " |"
            ]
            lines.append("|---|---:|---:|---:|" + String(repeating: "---:|", count: kinds.count))
            for row in rows {
                let figures = row.latencies.map { String(format: "%.1f / %.1f (%d)", $0.p50, $0.p95, $0.hits) }
                let head = "| \(row.backEnd) | \(pages) | " + String(format: "%.0f | %.0f | ", row.pagesPerSecond, row.megabytes)
                lines.append(head + figures.joined(separator: " | ") + " |")
            }
            return lines.joined(separator: "\n")
        }

        var tsv: String {
            var lines = ["back_end\tinsert_pages_per_s\tsize_mib\tkind\tp50_ms\tp95_ms\thits"]
            for row in rows {
                for latency in row.latencies {
                    lines.append(
                        "\(row.backEnd)\t\(row.pagesPerSecond)\t\(row.megabytes)\t\(latency.kind)\t\(latency.p50)\t\(latency.p95)\t\(latency.hits)"
                    )
                }
            }
            return lines.joined(separator: "\n")
        }
    }

    func run() throws -> Result {
        // The queries come from the text itself: people and codes that are in the archive, real prefixes and phrases.
        var probe = try ArchiveLikeText(sources: sources, seed: Self.seed)
        // Documents spread over the archive (numbered as `SyntheticCatalog` numbers them), and their files.
        let documents = Array(stride(from: 1, to: max(2, pages / 10), by: max(1, pages / 10 / 20)).prefix(20))
        let files: [String] = documents.map { (number: Int) -> String in
            String(format: "PF-%04d-%06d", 2000 + number % 25, number / 16)
        }
        let people = files.map { probe.person(of: $0) }
        let prefixes = probe.middlingWords.filter { $0.count >= 6 }.enumerated().filter { $0.offset % 7 == 0 }.prefix(20)
            .map { String($0.element.prefix(5)) + "*" }
        let phrases = stride(from: 0, to: probe.bigrams.count, by: max(1, probe.bigrams.count / 20)).prefix(20)
            .map { "\"" + probe.bigrams[$0] + "\"" }
        let queries: [(kind: String, texts: [String])] = [
            ("names", people.map { String($0.name.split(separator: " ").last ?? "") }),
            ("personal codes", people.map { $0.code }), ("prefixes", prefixes), ("phrases", phrases),
        ]

        var rows: [Row] = []
        if backEnds.contains(.sqlite) {
            let sqlitePath = work + "/catalog.sqlite"
            let sqlite = try SQLiteCatalog(path: sqlitePath)
            rows.append(
                try measure("SQLite", catalog: sqlite, queries: queries) {
                    Double(
                        ["", "-wal", "-shm"].compactMap {
                            (try? FileManager.default.attributesOfItem(atPath: sqlitePath + $0))?[.size] as? Int
                        }
                        .reduce(0, +))
                })
        }
        if backEnds.contains(.postgresql) {
            let address = try server.createDatabase()
            guard let location = PostgresLocation(address) else { throw BenchError("bad address \(address)") }
            try PostgresCatalog.migrate(location)
            let postgres = try PostgresCatalog(location, agent: "digitise-bench")
            let written = try measure("PostgreSQL", catalog: postgres, queries: queries) {
                Double(
                    try server.psql("SELECT pg_database_size(current_database())", database: location.database).trimmingCharacters(
                        in: .whitespacesAndNewlines)) ?? 0
            }
            rows.append(written)
            rows.append(try settled(written, postgres, location.database, queries: queries))
        }
        return Result(rows: rows, kinds: queries.map { $0.kind }, pages: pages)
    }

    private func measure(
        _ name: String, catalog: some BatchLedger & PageQueue & ArchiveReader, queries: [(kind: String, texts: [String])],
        size: () throws -> Double
    ) throws -> Row {
        Console.log("\(name): writing \(pages) pages")
        var text = try ArchiveLikeText(sources: sources, seed: Self.seed)
        let filled = try SyntheticCatalog.fill(catalog, pages: pages, pagesPerDocument: 10) { job in text.page(of: job.fileID.rawValue) }
        return Row(
            backEnd: name, pagesPerSecond: Double(filled.pages) / (filled.seconds - filled.generationSeconds),
            megabytes: try size() / 1_048_576, latencies: try time(name, catalog: catalog, queries: queries))
    }

    /// The PostgreSQL catalog again after `VACUUM (ANALYZE)`: the state autovacuum leaves a table in once a night's
    /// inserts have settled, which is the catalog auditors search by day. Just after a million inserts, the first read
    /// of each row still sets its commit hint bits (a write), and autovacuum may be scanning the same table.
    private func settled(
        _ written: Row, _ catalog: PostgresCatalog, _ database: String, queries: [(kind: String, texts: [String])]
    ) throws -> Row {
        let clock = ContinuousClock()
        let started = clock.now
        try server.psql("VACUUM (ANALYZE)", database: database)
        Console.log("PostgreSQL: VACUUM (ANALYZE) took \(String(format: "%.0f", (clock.now - started).inSeconds)) s")
        return Row(
            backEnd: "PostgreSQL, after VACUUM (ANALYZE)", pagesPerSecond: written.pagesPerSecond, megabytes: written.megabytes,
            latencies: try time("PostgreSQL after VACUUM", catalog: catalog, queries: queries))
    }

    /// Each query five times over, in passes; p50 and p95 over all of them. The log tells the first pass from the
    /// rest and names the slowest runs, so a p95 set by cold reads shows as such.
    private func time(
        _ name: String, catalog: some ArchiveReader, queries: [(kind: String, texts: [String])]
    ) throws -> [(kind: String, p50: Double, p95: Double, hits: Int)] {
        let clock = ContinuousClock()
        var latencies: [(kind: String, p50: Double, p95: Double, hits: Int)] = []
        for (kind, texts) in queries {
            var runs: [(ms: Double, pass: Int, query: String)] = []
            var hits = 0
            for pass in 0..<5 {
                for query in texts {
                    let started = clock.now
                    hits += try catalog.search(SearchQuery(text: query, limit: 20)).count
                    runs.append(((clock.now - started).inSeconds * 1000, pass, query))
                }
            }
            let times = runs.map { $0.ms }.sorted()
            latencies.append((kind, Statistics.percentile(times, 0.5), Statistics.percentile(times, 0.95), hits / 5))
            let first = runs.filter { $0.pass == 0 }.map { $0.ms }.sorted()
            let later = runs.filter { $0.pass > 0 }.map { $0.ms }.sorted()
            let slowest = runs.sorted { $0.ms > $1.ms }.prefix(6).map {
                "\($0.query) \(String(format: "%.1f", $0.ms)) (pass \($0.pass + 1))"
            }
            Console.log(
                "\(name) \(kind): first pass p50/max \(String(format: "%.1f/%.1f", Statistics.percentile(first, 0.5), first.last ?? 0)) ms, "
                    + "passes 2-5 p50/p95 \(String(format: "%.1f/%.1f", Statistics.percentile(later, 0.5), Statistics.percentile(later, 0.95))) ms; "
                    + "slowest: \(slowest.joined(separator: ", "))")
        }
        return latencies
    }
}
