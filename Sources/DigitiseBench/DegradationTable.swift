import DigitiseCore
import Foundation

/// Per degradation class and configuration: mean and worst CER, orientation on turned pages, silent losses and
/// seconds a page, from one run of each configuration over the degradation corpus.
struct DegradationTable {
    /// One page's class and turn, from the corpus manifest's extra columns.
    struct Page {
        let image: CorpusImage
        let degradation: String
        let turned: Bool
        let reference: String
    }

    struct Cell {
        var cers: [Double] = []
        var turned = 0, upright = 0, silentLosses = 0, flagged = 0
        var mean: Double { cers.isEmpty ? 0 : cers.reduce(0, +) / Double(cers.count) }
        var worst: Double { cers.max() ?? 0 }
    }

    /// A page counts as read upright when its CER is under this: one read sideways or upside down comes out at
    /// 0.8-1.0, one read upright but badly degraded far below.
    static let uprightCER = 0.5
    /// A silent loss: a page the tool calls read whose text lost more than 70% of its characters (a page it
    /// flagged, digitise's `unreadable` or `failed` or a peer's error exit, is no silent loss).
    static let lossCER = 0.7

    let rows: [BenchRow]
    let pages: [Page]
    /// Configuration → class → cell; "all" holds every page.
    let cells: [String: [String: Cell]]
    let classes: [String]
    /// Configuration → page file → CER.
    let cers: [String: [String: Double]]

    init(rows: [BenchRow], pages: [Page]) {
        self.rows = rows
        self.pages = pages
        var classes: [String] = []
        for page in pages where !classes.contains(page.degradation) { classes.append(page.degradation) }
        self.classes = classes
        var cells: [String: [String: Cell]] = [:]
        var cers: [String: [String: Double]] = [:]
        for row in rows {
            for page in pages {
                let cer = TextDistance.rates(reference: page.reference, hypothesis: row.texts[page.image.file] ?? "").cer
                cers[row.name, default: [:]][page.image.file] = cer
                let flagged = row.flagged.contains(page.image.file)
                for key in [page.degradation, "all"] {
                    var cell = cells[row.name, default: [:]][key, default: Cell()]
                    cell.cers.append(cer)
                    if page.turned {
                        cell.turned += 1
                        if cer < Self.uprightCER { cell.upright += 1 }
                    }
                    if flagged { cell.flagged += 1 } else if cer > Self.lossCER { cell.silentLosses += 1 }
                    cells[row.name, default: [:]][key] = cell
                }
            }
        }
        self.cells = cells
        self.cers = cers
    }

    static func load(corpus: String) throws -> [Page] {
        let images = Dictionary(uniqueKeysWithValues: try CorpusImage.load(corpus: corpus).map { ($0.file, $0) })
        let lines = try String(contentsOfFile: corpus + "/MANIFEST.tsv", encoding: .utf8).split(separator: "\n")
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        guard let header = lines.first, let c = header.firstIndex(of: "class"), let r = header.firstIndex(of: "upright_rotation") else {
            throw BenchError(
                "\(corpus)/MANIFEST.tsv has no class and upright_rotation columns: make it with bench/degraded/make-degraded.py")
        }
        return try lines.dropFirst().filter { $0.count > r }.compactMap { fields in
            guard let image = images[fields[0]], let gt = image.groundTruth else { return nil }
            return Page(
                image: image, degradation: fields[c], turned: fields[r] != "0",
                reference: try String(contentsOfFile: corpus + "/" + gt, encoding: .utf8))
        }
    }

    func markdown() -> String {
        let names = rows.map(\.name)
        var out = [
            "| class | pages | " + names.map { "\($0) mean / worst CER" }.joined(separator: " | ") + " |",
            "|---|---:|" + names.map { _ in "---:" }.joined(separator: "|") + "|",
        ]
        for key in classes + ["all"] {
            let n = cells[names[0]]?[key]?.cers.count ?? 0
            out.append(
                "| \(key == "all" ? "**all**" : key) | \(n) | "
                    + names.map { name in
                        let cell = cells[name]?[key] ?? Cell()
                        return String(format: "%.3f / %.2f", cell.mean, cell.worst)
                    }.joined(separator: " | ") + " |")
        }
        out.append("")
        out.append(
            "| configuration | pages above 0.30 | turned pages read upright | silent losses | flagged (unreadable, failed or an error exit) | s/page (wall) |"
        )
        out.append("|---|---:|---:|---:|---:|---:|")
        for row in rows {
            let all = cells[row.name]?["all"] ?? Cell()
            out.append(
                String(
                    format: "| %@ | %d | %d of %d | %d | %d | %.2f |", row.name, all.cers.filter { $0 > 0.30 }.count, all.upright,
                    all.turned,
                    all.silentLosses, all.flagged, row.seconds / Double(max(1, pages.count))))
        }
        if let nightly = rows.first(where: { $0.name == "digitise-nightly" }) {
            out.append("")
            out.append(
                "Read the nightly way (no language given): digitise's speed as a multiple of the CLI's (above 1: digitise is faster).")
            out.append("")
            out.append("| digitise-nightly | against | its s | digitise's s | speed ratio | CER: digitise / it |")
            out.append("|---|---|---:|---:|---:|---|")
            for (name, what) in [
                ("tesseract-nightly-languages", "the CLI with the same languages"),
                ("tesseract", "the CLI given each page's true language"),
            ] {
                guard let peer = rows.first(where: { $0.name == name }) else { continue }
                out.append(
                    String(
                        format: "| %@ | %@ | %.1f | %.1f | %.2f× | %.3f / %.3f |", "digitise-nightly", what, peer.seconds, nightly.seconds,
                        peer.seconds / nightly.seconds, cells[nightly.name]?["all"]?.mean ?? 0, cells[peer.name]?["all"]?.mean ?? 0))
            }
        }
        return out.joined(separator: "\n")
    }

    func tsv(date: String) -> String {
        var out = ["date\tconfiguration\tclass\tpages\tmean_cer\tworst_cer\tturned\tupright\tsilent_losses\tflagged"]
        for row in rows {
            for key in classes + ["all"] {
                let cell = cells[row.name]?[key] ?? Cell()
                out.append(
                    [
                        date, row.name, key, String(cell.cers.count), String(format: "%.4f", cell.mean), String(format: "%.4f", cell.worst),
                        String(cell.turned), String(cell.upright), String(cell.silentLosses), String(cell.flagged),
                    ].joined(separator: "\t"))
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    func perPageTSV() -> String {
        let names = rows.map(\.name)
        var out = ["file\tclass\t" + names.map { "cer_" + $0 }.joined(separator: "\t") + "\tflagged_by_digitise"]
        let digitise = rows.first { $0.name == "digitise" }
        for page in pages {
            let cers = rows.map { String(format: "%.4f", self.cers[$0.name]?[page.image.file] ?? 0) }
            out.append(
                ([page.image.file, page.degradation] + cers + [digitise?.flagged.contains(page.image.file) == true ? "yes" : ""]).joined(
                    separator: "\t"))
        }
        return out.joined(separator: "\n") + "\n"
    }
}
