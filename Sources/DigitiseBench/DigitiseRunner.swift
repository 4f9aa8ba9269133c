import Foundation

/// Runs digitise the way its users would: an inbox (one personal file per image), a fresh archive, default
/// settings, one `digitise run` with the manifest's languages per file through `--language-map` (or, read the
/// nightly way, without: the pipeline's languages read every page).
struct DigitiseRunner {
    let binary: String
    let corpus: String
    let work: String
    let workers: Int
    let pipeline: String?
    let givenLanguages: Bool

    func run(_ images: [CorpusImage]) throws -> (BenchRow, StageTimes) {
        let archive = work + "/archive"
        let inbox = work + "/inbox"
        let map = work + "/languages.map"
        var failures = 0
        var entries = "# FILE-ID LANGS: each corpus image's languages from MANIFEST.tsv\n"
        for image in images {
            try FileManager.default.createDirectory(atPath: inbox + "/" + image.fileID, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: corpus + "/" + image.file, toPath: inbox + "/" + image.fileID + "/" + image.file)
            entries += "\(image.fileID) \(image.languages)\n"
        }
        try entries.write(toFile: map, atomically: true, encoding: .utf8)
        let run = try TimedProcess.run(
            [
                binary, "run", inbox, "--archive", archive, "--workers", String(workers), "--quiet", "--format", "json",
            ] + (givenLanguages ? ["--language-map", map] : []) + (pipeline.map { ["--pipeline", $0] } ?? []))
        guard run.status == 0 || run.status == 2 else { throw BenchError("digitise run failed (\(run.status)): \(run.stderr)") }
        let seconds = run.seconds, peak = run.peakRSSKiB
        var texts: [String: String] = [:]
        var pages = 0
        var flagged: Set<String> = []
        for image in images {
            let show = try TimedProcess.run([binary, "show", image.fileID, "--archive", archive, "--format", "json"])
            let record = try JSONDecoder().decode(ShownFile.self, from: Data(show.stdout.utf8))
            let documentPages = record.documents.flatMap(\.pages)
            pages += documentPages.count
            failures += documentPages.filter { $0.status == "failed" }.count
            if documentPages.contains(where: { $0.status == "failed" || $0.status == "unreadable" }) { flagged.insert(image.file) }
            texts[image.file] = documentPages.map { $0.text ?? "" }.joined(separator: "\n\u{0C}")
        }
        var row = BenchRow(
            name: givenLanguages ? "digitise" : "digitise-nightly",
            description: givenLanguages
                ? "digitise run, default pipeline, --language-map from the manifest"
                : "digitise run, default pipeline, languages not given",
            pages: pages,
            seconds: seconds,
            peakRSSKiB: peak, texts: texts, failures: failures)
        row.flagged = flagged
        return (row, try StageTimes.read(catalog: archive + "/catalog.sqlite"))
    }

    private struct ShownFile: Decodable {
        struct Document: Decodable { let pages: [Page] }
        struct Page: Decodable {
            let status: String
            let text: String?
        }
        let documents: [Document]
    }
}
