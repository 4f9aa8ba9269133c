import ArgumentParser
import DigitiseCore
import Foundation
import PostgresCatalog

/// `digitise-bench claim-worker` (started by `digitise-bench scale`, not by hand): one worker of the claim-overhead
/// benchmark. It claims pages from the shared catalog as `digitise run` does (`PageLeases`), "reads" each with a
/// fixed engine that takes `--seconds` and does nothing else, records the outcome through its claim, and prints
/// one JSON line: when it began and ended (wall clock), its claims, takeovers and refused results.
struct ClaimWorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claim-worker", abstract: "One worker of the claim-overhead benchmark (started by `scale`).",
        shouldDisplay: false)

    @Option var catalog: String
    @Option var seconds = 2.0
    @Option var lease = 30
    @Option var chunk = 1
    /// When to begin claiming (seconds since 1970): every worker begins together, after its process has started and
    /// connected, so the measure is the queue's and not the processes' start.
    @Option var startAt: Double = 0

    func run() throws {
        guard let location = PostgresLocation(catalog) else { throw BenchError("not a PostgreSQL address: \(catalog)") }
        let leases = try PostgresCatalog(location, agent: "digitise-bench")
        let worker = "bench/\(getpid())"
        let wait = startAt - Date().timeIntervalSince1970
        if wait > 0 { Thread.sleep(forTimeInterval: wait) }
        let began = Date().timeIntervalSince1970
        var pages = 0, claims = 0, takeovers = 0, refused = 0
        while true {
            let claimed = try leases.claimPages(worker: worker, limit: chunk, lease: .seconds(lease))
            if claimed.isEmpty {
                if try leases.pendingPageCount() == 0 { break }
                usleep(50_000)
                continue
            }
            claims += 1
            takeovers += claimed.filter { $0.takenOverFrom != nil }.count
            Thread.sleep(forTimeInterval: seconds * Double(claimed.count))  // the fixed engine
            refused += try leases.recordClaimedPages(claimed.map { ($0, Self.outcome($0.job)) }).count
            pages += claimed.count
        }
        let report = ClaimWorkerReport(
            began: began, ended: Date().timeIntervalSince1970, pages: pages, claims: claims, takeovers: takeovers, refused: refused)
        print(String(decoding: try JSONEncoder().encode(report), as: UTF8.self))
    }

    /// A read page as a run records it: a normalised image and a text, each its own object.
    static func outcome(_ job: PageJob) -> PageOutcome {
        let text = "page \(job.pageID) read by the fixed engine"
        let normalised = DerivationRecord(
            key: "bench-normalise|\(job.pageID)", stage: .normalise,
            outputs: ["image": StoredObject(hash: SyntheticCatalog.hash(Int(job.pageID), 3), size: 40_000)],
            result: NormalisationReport(sourceDPI: 300, dpi: 300))
        let ocr = DerivationRecord(
            key: "bench-ocr|\(job.pageID)", stage: .ocr,
            outputs: ["text": StoredObject(hash: SyntheticCatalog.hash(Int(job.pageID), 1), size: text.utf8.count)],
            result: OCRSummary(meanConfidence: 90))
        return PageOutcome(pageID: job.pageID, result: .read(normalised: normalised, ocr: ocr, text: text), dpi: 300, dpiSource: "file")
    }
}
