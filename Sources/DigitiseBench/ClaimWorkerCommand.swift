import ArgumentParser
import DigitiseCore
import Foundation
import PostgresCatalog

/// `digitise-bench claim-worker` (started by `digitise-bench scale`, not by hand): one worker of the claim-overhead
/// benchmark. It takes pages from the shared catalog as `digitise run` does (a `ClaimedPageStream`: claimed ahead of
/// the reading, written behind it, under a heartbeat), "reads" each with a fixed engine that takes `--seconds` and
/// does nothing else, and prints one JSON line: when it began and when its last outcome was written (wall clock), its
/// pages, claims, takeovers and refused results.
struct ClaimWorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claim-worker", abstract: "One worker of the claim-overhead benchmark (started by `scale`).",
        shouldDisplay: false)

    @Option var catalog: String
    @Option var seconds = 2.0
    @Option var lease = 30
    /// Pages claimed ahead of the reading (`PageLeasing.chunk`); one reader here, as one OCR worker.
    @Option var chunk = 1
    /// When to begin claiming (seconds since 1970): every worker begins together, after its process has started and
    /// connected, so the measure is the queue's and not the processes' start.
    @Option var startAt: Double = 0

    func run() throws {
        guard let location = PostgresLocation(catalog) else { throw BenchError("not a PostgreSQL address: \(catalog)") }
        let catalog = try PostgresCatalog(location, agent: "digitise-bench")
        let leases = TimedLeases(catalog)
        let leasing = PageLeasing(
            leases: leases, fleet: catalog, worker: "bench/\(getpid())", lease: .seconds(lease), chunk: chunk)
        let wait = startAt - Date().timeIntervalSince1970
        if wait > 0 { Thread.sleep(forTimeInterval: wait) }
        let began = Date().timeIntervalSince1970
        let stream = ClaimedPageStream(leasing)
        var pages = 0
        do {
            while let job = stream.next() {
                Thread.sleep(forTimeInterval: seconds)  // the fixed engine
                try stream.submit([Self.outcome(job)])
                pages += 1
            }
        } catch {
            try? stream.finish()
            throw error
        }
        try stream.finish()
        // The work ends with its last outcome written: after it, a worker only waits for the others to finish theirs.
        let report = ClaimWorkerReport(
            began: began, ended: leases.lastRecorded ?? began, pages: pages, claims: stream.claims, takeovers: stream.takeovers,
            refused: stream.refused)
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
