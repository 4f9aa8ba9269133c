import ArgumentParser
import DigitiseCore
import Foundation
import ImageCodecs

/// `digitise-bench memory`: is a run's memory flat in the size of the batch? The same kind of page, 50 and then
/// 1,000 of them, each through `digitise run` into an empty archive, each batch several times; peak RSS of each run
/// from GNU time, compared by medians.
///
/// Pages are bands of the project's own samples (a few lines of text each, so 1,000 pages take minutes, not an
/// hour), every one with bytes of its own (one pixel a grey level off, by default), so nothing is memoised.
struct MemoryBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "memory", abstract: "Peak RSS of `digitise run` over a small and a large batch of the same kind of page.")

    @Option(help: "The inbox whose pages are cut into bands.") var samples = "samples/inbox"
    @Option(help: "The batch sizes to compare, smallest first.") var pages: [Int] = [50, 1000]
    @Option(help: "Rows per band (at the samples' 300 dpi, 360 rows are about 5 lines of text).") var bandRows = 360
    @Option(help: "Runs of each batch size, taken in turns; the table gives medians.") var rounds = 3
    @Option(
        help:
            "How each repeat of a band is made a page of its own: pixel (one pixel a grey level off: the same page to Tesseract) or rows (started a row lower each repeat: edges cut differently)."
    )
    var variation = PageVariation.pixel
    @Option(help: "The digitise binary.") var binary = ".build/release/digitise"
    @Option(help: "Scratch folder (emptied first).") var work = "bench/work/memory"
    @Option(help: "The file whose memory section is rewritten.") var report = "BENCHMARKS.md"
    @Option(help: "Where the TSV results go.") var results = "bench/results"

    func run() throws {
        try? FileManager.default.removeItem(atPath: work)
        let all = try Self.bands(of: samples, rows: bandRows)
        guard !all.isEmpty, let smallest = pages.min() else { throw ValidationError("no pages in \(samples)") }
        // Every batch is made of the same pages: the smallest batch holds each once, a larger one each many times, every
        // repeat with bytes of its own (`variation`), so nothing is memoised. Only the batch size differs, not the
        // pages: Tesseract's buffers follow the widest line read, so a small batch of some bands against a large one of
        // all would measure the samples' lines, not the batch. With `rows` the repeats are not quite the same pages:
        // a band started a few rows lower cuts its lines elsewhere, reads as other text and can take Tesseract more
        // memory than the band itself (bench/results/history-memory.md).
        let bands = all.count <= smallest ? all : (0..<smallest).map { all[$0 * all.count / smallest] }
        let sizes = pages.sorted()
        for count in sizes { try Self.writeInbox(count, from: bands, varied: variation, into: "\(work)/inbox-\(count)") }
        // One batch's peak is a single draw of a passing moment (runs of the same batch differ, far more with row-shifted
        // repeats than with `pixel`: bench/results/history-memory.md), so every size runs `rounds` times, the sizes taken
        // in turns so that a slow spell of the machine falls on all of them.
        var runs: [Int: [MemoryRun]] = [:]
        let rounds = max(1, self.rounds)
        for round in 1...rounds {
            for count in sizes {
                print("round \(round): digitise run over \(count) pages …")
                runs[count, default: []].append(try Self.measure(count, binary: binary, work: work))
            }
        }
        let stamp = ResultsWriter.stamp
        var tsv = "date\tpages\tround\tpages_done_or_blank\tseconds\tpages_per_minute\tpeak_rss_mib\n"
        for count in sizes {
            for (index, run) in (runs[count] ?? []).enumerated() {
                tsv += String(
                    format: "%@\t%d\t%d\t%d\t%.1f\t%.1f\t%.1f\n", stamp, count, index + 1, run.done, run.seconds,
                    Double(count) / max(run.seconds, 0.001) * 60, run.rssMiB)
            }
        }
        let base = Statistics.median((runs[sizes[0]] ?? []).map(\.rssMiB))
        var table = """
            | pages in the batch | runs | done or blank | wall time (median) | peak RSS (median) | peak RSS (range) | × smallest batch (medians) |
            |---:|---:|---:|---:|---:|---:|---:|

            """
        for count in sizes {
            let all = runs[count] ?? []
            let rss = Statistics.median(all.map(\.rssMiB))
            table += String(
                format: "| %d | %d | %d | %.0f s | %.1f MiB | %.1f-%.1f MiB | %.3f |\n", count, all.count, all.map(\.done).min() ?? 0,
                Statistics.median(all.map(\.seconds)), rss, all.map(\.rssMiB).min() ?? 0, all.map(\.rssMiB).max() ?? 0, rss / max(base, 1))
        }
        print(table)
        try FileManager.default.createDirectory(atPath: results, withIntermediateDirectories: true)
        try tsv.write(toFile: results + "/memory-latest.tsv", atomically: true, encoding: .utf8)
        try ResultsWriter(results: results, report: report).replaceSection(
            "memory",
            with: [
                "Measured \(stamp) on \(ResultsWriter.machine) by `make bench` (`.build/release/digitise-bench memory`), the nightly",
                "pipeline, into an empty archive each time; pages are \(bands.count) \(bandRows)-row bands drawn evenly from `samples/`, the",
                "smallest batch holding each once, the larger ones each many times, every page with bytes of its own (`--variation \(variation.rawValue)`). Each size ran",
                "\(rounds) times, the sizes in turns; the ratio is of the medians. Raw figures, every run: `bench/results/memory-latest.tsv`.",
                "", table,
            ].joined(separator: "\n"))
    }

    /// One `digitise run` over the `count`-page inbox into an empty archive.
    static func measure(_ count: Int, binary: String, work: String) throws -> MemoryRun {
        let inbox = "\(work)/inbox-\(count)", archive = "\(work)/archive-\(count)"
        try? FileManager.default.removeItem(atPath: archive)
        let run = try TimedProcess.run([binary, "run", inbox, "--archive", archive, "--quiet", "--format", "json"])
        guard run.status == 0 || run.status == 2 else { throw BenchError("digitise run failed (\(run.status)): \(run.stderr)") }
        let counts = try JSONDecoder().decode(Summary.self, from: Data(run.stdout.utf8)).counts
        return MemoryRun(seconds: run.seconds, rssMiB: Double(run.peakRSSKiB) / 1024, done: counts.pagesDone + counts.pagesBlank)
    }

    /// The part of `digitise run --format json` the bench reads: the batch's counts, as the catalog keeps them.
    private struct Summary: Decodable {
        let counts: BatchCounts
    }

    /// Every sample page cut into bands of `rows` rows.
    static func bands(of samples: String, rows: Int) throws -> [GreyImage] {
        let decoder = ImageDecoder()
        let limits = DecodeLimits(maxMegapixels: 150)
        var bands: [GreyImage] = []
        let files = FileManager.default.enumerator(atPath: samples)?.compactMap { $0 as? String }.sorted() ?? []
        for relative in files {
            let path = samples + "/" + relative
            guard let pages = try? decoder.inspect(fileAt: path, limits: limits).pages else { continue }
            for page in pages.indices {
                guard let image = try? decoder.decode(fileAt: path, page: page, limits: limits) else { continue }
                var top = rows / 2  // skip the top margin
                while top + rows <= image.height - rows / 2 {
                    bands.append(image.rows(from: top, count: rows))
                    top += rows
                }
            }
        }
        return bands
    }

    /// `count` pages in files of 50 pages (one document each): the bands in turn, the r-th repeat varied by `variation`.
    static func writeInbox(_ count: Int, from bands: [GreyImage], varied variation: PageVariation, into inbox: String) throws {
        for n in 0..<count {
            let band = bands[n % bands.count]
            let page = variation.apply(n / bands.count, to: band)
            let folder = String(format: "%@/PF-MEM-%04d/scan", inbox, n / 50 + 1)
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try TIFFWriter.write(page, dpi: band.dpi ?? 300, to: String(format: "%@/page-%03d.tif", folder, n % 50 + 1))
        }
    }
}
