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
        try record(
            "ocr", tsv: table.tsv(date: stamp), stamp: stamp, details: ["ocr-latest-per-image.tsv": table.perImageTSV()],
            section: [
                "Measured \(stamp) on \(Self.machine), \(cores) processes or workers at once, by `make bench`",
                "(`.build/release/digitise-bench ocr`). Raw figures: `bench/results/ocr-latest.tsv`, per image: `bench/results/ocr-latest-per-image.tsv`.",
                "", table.markdown(), stages?.markdown() ?? "",
            ].joined(separator: "\n"))
    }

    /// One bench's run: its TSV as `NAME-<stamp>.tsv` and `NAME-latest.tsv`, further files by name, and its section
    /// of the report rewritten.
    func record(_ name: String, tsv: String, stamp: String, details: [String: String], section: String) throws {
        let file = stamp.prefix(16).replacingOccurrences(of: " ", with: "-").replacingOccurrences(of: ":", with: "")
        try FileManager.default.createDirectory(atPath: results, withIntermediateDirectories: true)
        try tsv.write(toFile: results + "/\(name)-\(file).tsv", atomically: true, encoding: .utf8)
        try tsv.write(toFile: results + "/\(name)-latest.tsv", atomically: true, encoding: .utf8)
        for (detail, text) in details { try text.write(toFile: results + "/" + detail, atomically: true, encoding: .utf8) }
        try replaceSection(name, with: section)
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
