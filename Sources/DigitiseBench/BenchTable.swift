import DigitiseCore
import Foundation

/// The side-by-side table: speed, memory and accuracy of every configuration, from one run.
struct BenchTable {
    struct Line {
        let row: BenchRow
        let pages: Int
        let pagesPerMinute: Double
        let ratioToCeiling: Double?
        let cer, wer, cerRotatedSkewed, werRotatedSkewed: Double
        let scored, scoredRotatedSkewed: Int
    }

    let lines: [Line]
    /// Per image and configuration, for the TSV: file → name → CER.
    let perImage: [(file: String, kind: String, cer: [String: Double])]

    init(rows: [BenchRow], images: [CorpusImage], corpus: String, pages: Int) {
        let scored = images.compactMap { image -> (CorpusImage, String)? in
            guard let gt = image.groundTruth, let text = try? String(contentsOfFile: corpus + "/" + gt, encoding: .utf8) else { return nil }
            return (image, text)
        }
        let ceiling = rows.first { $0.name == "tesseract" }.map { Double(pages) / $0.seconds * 60 }
        var perImage: [String: [String: Double]] = [:]
        lines = rows.map { row in
            var all: [TextDistance.Rates] = [], hard: [TextDistance.Rates] = []
            for (image, reference) in scored {
                let rates = TextDistance.rates(reference: reference, hypothesis: row.texts[image.file] ?? "")
                all.append(rates)
                if image.isRotatedOrSkewed { hard.append(rates) }
                perImage[image.file, default: [:]][row.name] = rates.cer
            }
            func mean(_ r: [TextDistance.Rates], _ f: (TextDistance.Rates) -> Double) -> Double {
                r.isEmpty ? 0 : r.map(f).reduce(0, +) / Double(r.count)
            }
            let ppm = row.seconds > 0 ? Double(pages) / row.seconds * 60 : 0
            return Line(
                row: row, pages: pages, pagesPerMinute: ppm, ratioToCeiling: ceiling.map { ppm / $0 },
                cer: mean(all, \.cer), wer: mean(all, \.wer), cerRotatedSkewed: mean(hard, \.cer), werRotatedSkewed: mean(hard, \.wer),
                scored: all.count, scoredRotatedSkewed: hard.count)
        }
        self.perImage = scored.map { (image, _) in (image.file, image.kind, perImage[image.file] ?? [:]) }
    }

    func markdown() -> String {
        var out = [
            "| configuration | pages | wall s | pages/min | × tesseract CLI | peak RSS MiB | CER | WER | CER rot/skew | WER rot/skew | failed |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for l in lines {
            out.append(
                String(
                    format: "| %@ | %d | %.1f | %.1f | %@ | %.0f | %.3f | %.3f | %.3f | %.3f | %d |", l.row.name, l.pages, l.row.seconds,
                    l.pagesPerMinute, l.ratioToCeiling.map { String(format: "%.2f", $0) } ?? "–", Double(l.row.peakRSSKiB) / 1024, l.cer,
                    l.wer, l.cerRotatedSkewed, l.werRotatedSkewed, l.row.failures))
        }
        if let l = lines.first {
            out.append("")
            out.append(
                "CER/WER: mean over the \(l.scored) images with ground truth; rot/skew: the \(l.scoredRotatedSkewed) rotated or skewed ones."
            )
        }
        if let runs = lines.first?.row.roundSeconds.count, runs > 1 {
            out.append("")
            out.append("Wall time: the median of \(runs) runs each, taken in turns. Every run's seconds:")
            out.append("")
            for l in lines {
                out.append("- \(l.row.name): " + l.row.roundSeconds.map { String(format: "%.1f", $0) }.joined(separator: ", "))
            }
        }
        return out.joined(separator: "\n")
    }

    func tsv(date: String) -> String {
        var out = [
            "date\tconfiguration\tpages\twall_seconds\tpages_per_minute\tratio_to_tesseract\tpeak_rss_kib\tcer\twer\tcer_rot_skew\twer_rot_skew\tfailed\tround_seconds"
        ]
        for l in lines {
            out.append(
                [
                    date, l.row.name, String(l.pages), String(format: "%.2f", l.row.seconds), String(format: "%.2f", l.pagesPerMinute),
                    l.ratioToCeiling.map { String(format: "%.3f", $0) } ?? "", String(l.row.peakRSSKiB), String(format: "%.4f", l.cer),
                    String(format: "%.4f", l.wer), String(format: "%.4f", l.cerRotatedSkewed), String(format: "%.4f", l.werRotatedSkewed),
                    String(l.row.failures), l.row.roundSeconds.map { String(format: "%.2f", $0) }.joined(separator: ","),
                ].joined(separator: "\t"))
        }
        return out.joined(separator: "\n") + "\n"
    }

    func perImageTSV() -> String {
        let names = lines.map(\.row.name)
        var out = ["file\tkind\t" + names.map { "cer_" + $0 }.joined(separator: "\t")]
        for image in perImage {
            out.append(
                ([image.file, image.kind] + names.map { image.cer[$0].map { String(format: "%.4f", $0) } ?? "" }).joined(separator: "\t"))
        }
        return out.joined(separator: "\n") + "\n"
    }
}
