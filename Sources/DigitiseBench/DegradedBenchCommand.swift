import ArgumentParser
import Foundation

/// `digitise-bench degraded`: the project's degradation corpus (bench/degraded/make-degraded.py) through digitise,
/// the Tesseract CLI (plain and `--psm 1`) and OCRmyPDF: accuracy per degradation class, orientation, silent losses.
struct DegradedBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "degraded",
        abstract: "Accuracy per degradation class on the project's own degraded pages, beside the Tesseract CLI and OCRmyPDF.")

    @Option(help: "The degradation corpus (made by bench/degraded/make-degraded.py).") var corpus = "bench/work/degraded-corpus"
    @Option(help: "The digitise binary to measure.") var digitise = ".build/release/digitise"
    @Option(help: "Scratch folder (emptied first).") var work = "bench/work/degraded"
    @Option(help: "Where the TSV results go.") var results = "bench/results"
    @Option(help: "The file whose degraded section is rewritten with the latest table.") var report = "BENCHMARKS.md"
    @Option(
        help:
            "Only these configurations (comma-separated: digitise,tesseract,tesseract-psm1,ocrmypdf,digitise-nightly,tesseract-nightly-languages)."
    ) var only: String?
    @Option(help: "A pipeline file for digitise (default: its built-in nightly).") var pipeline: String?
    @Flag(help: "Print the tables only: leave bench/results and BENCHMARKS.md as they are.") var dryRun = false

    func run() throws {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let pages = try DegradationTable.load(corpus: corpus)
        let images = pages.map(\.image)
        try? FileManager.default.removeItem(atPath: work)
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let wanted = only.map { Set($0.split(separator: ",").map(String.init)) }
        Console.log("degradation corpus: \(pages.count) pages, \(cores) processes at once")
        let configurations = BenchConfigurations(images: images, corpus: corpus, digitise: digitise, pipeline: pipeline, parallel: cores)
        var rows: [BenchRow] = []
        for name in BenchConfigurations.names + BenchConfigurations.nightlyNames where wanted?.contains(name) ?? true {
            Console.log("running \(name) …")
            let (row, _) = try configurations.run(name, work: work)
            Console.log(String(format: "  %@: %.1f s, %d failed", name, row.seconds, row.failures))
            rows.append(row)
        }
        let table = DegradationTable(rows: rows, pages: pages)
        print(table.markdown())
        if dryRun {
            print(table.perPageTSV())
            return
        }
        let stamp = ResultsWriter.stamp
        try ResultsWriter(results: results, report: report).record(
            "degraded", tsv: table.tsv(date: stamp), stamp: stamp, details: ["degraded-latest-per-page.tsv": table.perPageTSV()],
            section: [
                "Measured \(stamp) on \(ResultsWriter.machine), \(cores) processes or workers at once, by `make bench`",
                "(`.build/release/digitise-bench degraded`), each configuration given every page's language (as on the real corpus),",
                "except the two read the nightly way: `digitise-nightly` (no language given: the pipeline's list) and the CLI given that list.",
                "Raw figures: `bench/results/degraded-latest.tsv`, per page: `bench/results/degraded-latest-per-page.tsv`.", "",
                table.markdown(),
            ].joined(separator: "\n"))
    }
}
