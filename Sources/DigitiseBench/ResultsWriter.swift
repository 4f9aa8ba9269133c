import Foundation

/// Writes results to `bench/results/*.tsv` and rewrites one marked section of BENCHMARKS.md.
struct ResultsWriter {
    let results: String
    let report: String

    static var machine: String {
        let cpu =
            (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?.split(separator: "\n")
            .first { $0.hasPrefix("model name") }?.split(separator: ":").last?.trimmingCharacters(in: .whitespaces) ?? "unknown CPU"
        let memory = ProcessInfo.processInfo.physicalMemory / (1 << 30)
        return "\(ProcessInfo.processInfo.activeProcessorCount) cores (\(cpu)), \(memory) GiB"
    }

    static var stamp: String {
        let f = DateFormatter()
        f.dateFormat = "yyyy-MM-dd HH:mm 'UTC'"
        f.timeZone = TimeZone(identifier: "UTC")
        return f.string(from: Date())
    }

    func write(table: BenchTable, stages: StageTimes?, cores: Int) throws {
        let stamp = Self.stamp
        let file = stamp.prefix(16).replacingOccurrences(of: " ", with: "-").replacingOccurrences(of: ":", with: "")
        try FileManager.default.createDirectory(atPath: results, withIntermediateDirectories: true)
        try table.tsv(date: stamp).write(toFile: results + "/ocr-\(file).tsv", atomically: true, encoding: .utf8)
        try table.tsv(date: stamp).write(toFile: results + "/ocr-latest.tsv", atomically: true, encoding: .utf8)
        try table.perImageTSV().write(toFile: results + "/ocr-latest-per-image.tsv", atomically: true, encoding: .utf8)
        let section = [
            "Measured \(stamp) on \(Self.machine), \(cores) processes or workers at once, by `make bench`",
            "(`.build/release/digitise-bench ocr`). Raw figures: `bench/results/ocr-latest.tsv`, per image: `bench/results/ocr-latest-per-image.tsv`.",
            "", table.markdown(), stages?.markdown() ?? "",
        ].joined(separator: "\n")
        try replaceSection("ocr", with: section)
    }

    func replaceSection(_ name: String, with body: String) throws {
        let start = "<!-- \(name)-bench:start -->", end = "<!-- \(name)-bench:end -->"
        var text = (try? String(contentsOfFile: report, encoding: .utf8)) ?? "# Benchmarks\n"
        let block = start + "\n" + body + "\n" + end
        if let s = text.range(of: start), let e = text.range(of: end), s.lowerBound < e.lowerBound {
            text.replaceSubrange(s.lowerBound..<e.upperBound, with: block)
        } else {
            text += "\n" + block + "\n"
        }
        try text.write(toFile: report, atomically: true, encoding: .utf8)
    }
}
