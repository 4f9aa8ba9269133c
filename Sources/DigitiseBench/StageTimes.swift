import Foundation

/// digitise's own time per step, read from its catalog.
struct StageTimes: Sendable {
    let pages: Int
    let decode, normalise, ocr, store, index: Double

    static func read(catalog: String) throws -> StageTimes {
        let run = try TimedProcess.run([
            "sqlite3", "-separator", "\t", catalog,
            "SELECT count(*), total(decode_seconds), total(normalise_seconds), total(ocr_seconds), total(store_seconds), total(index_seconds) FROM pages WHERE status = 'done'",
        ])
        let f = run.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\t").map { Double($0) ?? 0 }
        guard f.count == 6 else { throw BenchError("cannot read stage times: \(run.stderr)") }
        return StageTimes(pages: Int(f[0]), decode: f[1], normalise: f[2], ocr: f[3], store: f[4], index: f[5])
    }

    func markdown() -> String {
        let total = decode + normalise + ocr + store + index
        func row(_ name: String, _ s: Double) -> String {
            String(
                format: "| %@ | %.1f | %.0f | %.1f%% |", name, s, pages > 0 ? s / Double(pages) * 1000 : 0, total > 0 ? s / total * 100 : 0)
        }
        return
            ([
                "",
                "digitise per step (from its catalog; each step's seconds summed over workers, \(pages) pages; with a normalise and two OCR workers on two cores, a step's seconds include waits for a core):",
                "",
                "| step | seconds | ms/page | share |", "|---|---:|---:|---:|",
            ]
            + [row("decode", decode), row("normalise", normalise), row("ocr", ocr), row("store", store), row("index", index)])
            .joined(separator: "\n")
    }
}
