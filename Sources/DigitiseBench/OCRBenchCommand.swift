import ArgumentParser
import DigitiseCore
import Foundation
import ImageCodecs

/// `digitise-bench ocr`: digitise, the Tesseract CLI (plain and `--psm 1`) and OCRmyPDF on the same corpus, one
/// after the other on the same machine; one table of speed, memory and accuracy.
struct OCRBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ocr", abstract: "Speed and accuracy on the real corpus, beside the Tesseract CLI and OCRmyPDF.")

    @Option(help: "The corpus folder with MANIFEST.tsv.") var corpus = "../shared/corpus/real"
    @Option(help: "The digitise binary to measure.") var digitise = ".build/release/digitise"
    @Option(help: "Scratch folder (emptied first).") var work = "bench/work/ocr"
    @Option(help: "Where the TSV results go.") var results = "bench/results"
    @Option(help: "The file whose OCR section is rewritten with the latest table.") var report = "BENCHMARKS.md"
    @Option(help: "Processes (peers) or workers (digitise) at once. Default: the number of cores.") var parallel: Int?
    @Option(help: "Only these configurations (comma-separated: digitise,tesseract,tesseract-psm1,ocrmypdf).") var only: String?
    @Option(help: "Only images whose name contains one of these (comma-separated); for tuning, not for the record.") var images: String?
    @Option(help: "A pipeline file for digitise (default: its built-in nightly).") var pipeline: String?
    @Option(help: "Runs of every configuration, taken in turns (all of them once, then again); the median is reported.")
    var rounds = 3
    @Flag(help: "Print the table only: leave bench/results and BENCHMARKS.md as they are.") var dryRun = false

    func run() throws {
        let cores = parallel ?? ProcessInfo.processInfo.activeProcessorCount
        let filters = images?.split(separator: ",").map(String.init)
        let images = try CorpusImage.load(corpus: corpus).filter { image in filters.map { $0.contains { image.file.contains($0) } } ?? true
        }
        try? FileManager.default.removeItem(atPath: work)
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let wanted = only.map { Set($0.split(separator: ",").map(String.init)) }
        Console.log("corpus: \(images.count) images, \(cores) processes at once")

        var stages: StageTimes?
        let configurations = BenchConfigurations(images: images, corpus: corpus, digitise: digitise, pipeline: pipeline, parallel: cores)
        // In turns, so a slow spell of this shared machine falls on every configuration alike, not on one.
        var runs: [String: [BenchRow]] = [:]
        for round in 1...max(1, rounds) {
            for name in BenchConfigurations.names where wanted?.contains(name) ?? true {
                Console.log("round \(round) of \(rounds): running \(name) …")
                let (row, times) = try configurations.run(name, work: work + "/round\(round)")
                stages = stages ?? times
                Console.log(String(format: "  %@: %.1f s, %d failed", name, row.seconds, row.failures))
                runs[name, default: []].append(row)
            }
        }
        let rows = BenchConfigurations.names.compactMap { runs[$0].map(BenchRow.median) }
        // Pages as the project's decoder counts them (a multi-page TIFF is several), the same for every row.
        let pages = images.reduce(0) { total, image in
            total + ((try? ImageDecoder().inspect(fileAt: corpus + "/" + image.file, limits: DecodeLimits()).pages.count) ?? 1)
        }
        let table = BenchTable(rows: rows, images: images, corpus: corpus, pages: pages)
        print(table.markdown())
        if let stages { print(stages.markdown()) }
        if dryRun || self.images != nil || pipeline != nil {
            print(table.perImageTSV())
            return
        }
        try ResultsWriter(results: results, report: report).write(table: table, stages: stages, cores: cores)
    }
}
