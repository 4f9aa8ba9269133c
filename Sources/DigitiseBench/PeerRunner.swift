import DigitiseCore
import Foundation
import ImageCodecs

/// The peers, run the way each is fastest here: one process per core, `OMP_THREAD_LIMIT=1`.
enum PeerRunner {
    /// Tesseract's CLI on each image with its manifest languages, or `languages` for every image (`--psm 1` adds
    /// orientation and script detection).
    static func tesseract(
        _ images: [CorpusImage], corpus: String, work: String, psm: Int?, parallel: Int, environment: [String: String],
        languages: String? = nil
    ) throws -> BenchRow {
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let commands = images.map { image in
            ["tesseract", corpus + "/" + image.file, work + "/" + image.fileID, "-l", languages ?? image.languages]
                + (psm.map { ["--psm", String($0)] } ?? [])
        }
        let name = languages != nil ? "tesseract-nightly-languages" : psm == nil ? "tesseract" : "tesseract-psm\(psm!)"
        return try collect(
            name: name,
            description: languages.map { "tesseract CLI -l \($0) for every page, 1 process/core" }
                ?? (psm == nil ? "tesseract CLI, 1 process/core" : "tesseract CLI --psm \(psm!), 1 process/core"),
            images: images, commands: commands, parallel: parallel, environment: environment
        ) { work + "/" + $0.fileID + ".txt" }
    }

    /// OCRmyPDF with the normalisation our normalise stage does, text from `--sidecar`; `--jobs 1` per file and one
    /// file per core (twice as fast here as `--jobs` = cores on single pages); `--image-dpi` (the manifest's, else
    /// 300) where the file states no credible resolution, since OCRmyPDF refuses such images.
    static func ocrmypdf(_ images: [CorpusImage], corpus: String, work: String, parallel: Int, environment: [String: String]) throws
        -> BenchRow
    {
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let commands = images.map { image in
            [
                "ocrmypdf", "--rotate-pages", "--deskew", "--clean", "--jobs", "1", "--output-type", "pdf", "--optimize", "0", "--quiet",
                "-l", image.languages, "--sidecar", work + "/" + image.fileID + ".txt",
            ]
                + (hasCredibleDPI(corpus + "/" + image.file) ? [] : ["--image-dpi", String(image.knownDPI ?? 300)])
                + [corpus + "/" + image.file, work + "/" + image.fileID + ".pdf"]
        }
        return try collect(
            name: "ocrmypdf", description: "OCRmyPDF --rotate-pages --deskew --clean, --jobs 1, 1 file/core", images: images,
            commands: commands, parallel: parallel, environment: environment
        ) { work + "/" + $0.fileID + ".txt" }
    }

    /// Whether the file states a resolution our own policy believes (the same rule digitise applies).
    static func hasCredibleDPI(_ path: String) -> Bool {
        guard let header = try? ImageDecoder().inspect(fileAt: path, limits: DecodeLimits()).pages.first?.get(), let dpi = header.dpi else {
            return false
        }
        return ResolutionPolicy(defaultDPI: 300).resolve(stated: dpi, width: header.width, height: header.height).source == .file
    }

    private static func collect(
        name: String, description: String, images: [CorpusImage], commands: [[String]], parallel: Int, environment: [String: String],
        output: (CorpusImage) -> String
    ) throws -> BenchRow {
        let clock = ContinuousClock()
        let start = clock.now
        let runs = TimedProcess.runAll(commands, parallel: parallel, environment: environment)
        let elapsed = clock.now - start
        var texts: [String: String] = [:]
        var failures = 0, peak = 0
        var flagged: Set<String> = []  // a peer that exits with an error has said the page was not read
        for (image, run) in zip(images, runs) {
            switch run {
            case .success(let r) where r.status == 0:
                peak = max(peak, r.peakRSSKiB)
                texts[image.file] = (try? String(contentsOfFile: output(image), encoding: .utf8)) ?? ""
            case .success(let r):
                failures += 1
                flagged.insert(image.file)
                texts[image.file] = ""
                Console.log("  \(name) failed on \(image.file) (\(r.status)): \(r.stderr.split(separator: "\n").last ?? "")")
            case .failure(let error):
                failures += 1
                flagged.insert(image.file)
                texts[image.file] = ""
                Console.log("  \(name) could not start on \(image.file): \(error)")
            }
        }
        var row = BenchRow(
            name: name, description: description, pages: 0,
            seconds: elapsed.inSeconds, peakRSSKiB: peak, texts: texts,
            failures: failures)
        row.flagged = flagged
        return row
    }
}
