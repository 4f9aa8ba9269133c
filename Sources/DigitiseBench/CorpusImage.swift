import Foundation

/// One image of `corpus/real/MANIFEST.tsv`.
struct CorpusImage: Sendable {
    let file: String
    /// Tesseract's language list for the manifest's language, e.g. `mul(eng,deu)` → `eng+deu`.
    let languages: String
    let kind: String
    /// The resolution the manifest vouches for, when it knows it.
    let knownDPI: Int?
    let groundTruth: String?

    /// Rotated or skewed: the pages normalisation is for.
    var isRotatedOrSkewed: Bool { kind.contains("rotated") || kind.contains("skew") }
    /// A file name that is also a valid file ID.
    var fileID: String {
        String((file as NSString).deletingPathExtension.map { $0.isLetter || $0.isNumber || "._-".contains($0) ? $0 : "-" })
    }

    static func load(corpus: String) throws -> [CorpusImage] {
        let text = try String(contentsOfFile: corpus + "/MANIFEST.tsv", encoding: .utf8)
        let lines = text.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        guard let header = lines.first else { return [] }
        func column(_ name: String) throws -> Int {
            guard let i = header.firstIndex(of: name) else { throw BenchError("MANIFEST.tsv has no column \(name)") }
            return i
        }
        let (file, language, kind, dpi, gt) = (
            try column("file"), try column("language"), try column("kind"), try column("dpi_if_known"), try column("gt_file")
        )
        return lines.dropFirst().filter { $0.count > gt }.map { f in
            CorpusImage(
                file: f[file], languages: tesseractLanguages(f[language]), kind: f[kind], knownDPI: Int(f[dpi]),
                groundTruth: f[gt] == "-" ? nil : f[gt])
        }
    }

    static func tesseractLanguages(_ manifest: String) -> String {
        guard let open = manifest.firstIndex(of: "("), let close = manifest.lastIndex(of: ")") else { return manifest }
        return manifest[manifest.index(after: open)..<close].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            .joined(separator: "+")
    }
}
