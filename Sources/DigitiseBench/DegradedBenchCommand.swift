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
    @Option(help: "Only these configurations (comma-separated: digitise,tesseract,tesseract-psm1,ocrmypdf).") var only: String?
    @Option(help: "A pipeline file for digitise (default: its built-in nightly).") var pipeline: String?
    @Flag(help: "Print the tables only: leave bench/results and BENCHMARKS.md as they are.") var dryRun = false

    func run() throws {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let pages = try DegradationTable.load(corpus: corpus)
        let images = pages.map(\.image)
        try? FileManager.default.removeItem(atPath: work)
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let wanted = only.map { Set($0.split(separator: ",").map(String.init)) }
        let environment = ["OMP_THREAD_LIMIT": "1"]
        Console.log("degradation corpus: \(pages.count) pages, \(cores) processes at once")
        let order: [(String, () throws -> BenchRow)] = [
            (
                "digitise",
                {
                    try DigitiseRunner(binary: digitise, corpus: corpus, work: work + "/digitise", workers: cores, pipeline: pipeline).run(
                        images
                    )
                    .0
                }
            ),
            (
                "tesseract",
                {
                    try PeerRunner.tesseract(
                        images, corpus: corpus, work: work + "/tesseract", psm: nil, parallel: cores, environment: environment)
                }
            ),
            (
                "tesseract-psm1",
                {
                    try PeerRunner.tesseract(
                        images, corpus: corpus, work: work + "/tesseract-psm1", psm: 1, parallel: cores, environment: environment)
                }
            ),
            (
                "ocrmypdf",
                { try PeerRunner.ocrmypdf(images, corpus: corpus, work: work + "/ocrmypdf", parallel: cores, environment: environment) }
            ),
        ]
        var rows: [BenchRow] = []
        for (name, measure) in order where wanted?.contains(name) ?? true {
            Console.log("running \(name) …")
            let row = try measure()
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
        let file = stamp.prefix(16).replacingOccurrences(of: " ", with: "-").replacingOccurrences(of: ":", with: "")
        try FileManager.default.createDirectory(atPath: results, withIntermediateDirectories: true)
        try table.tsv(date: stamp).write(toFile: results + "/degraded-\(file).tsv", atomically: true, encoding: .utf8)
        try table.tsv(date: stamp).write(toFile: results + "/degraded-latest.tsv", atomically: true, encoding: .utf8)
        try table.perPageTSV().write(toFile: results + "/degraded-latest-per-page.tsv", atomically: true, encoding: .utf8)
        let section = [
            "Measured \(stamp) on \(ResultsWriter.machine), \(cores) processes or workers at once, by `make bench`",
            "(`.build/release/digitise-bench degraded`), each configuration given every page's language (as on the real corpus).",
            "Raw figures: `bench/results/degraded-latest.tsv`, per page: `bench/results/degraded-latest-per-page.tsv`.", "",
            table.markdown(),
        ].joined(separator: "\n")
        try ResultsWriter(results: results, report: report).replaceSection("degraded", with: section)
    }
}
