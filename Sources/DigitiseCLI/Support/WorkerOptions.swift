import ArgumentParser
import DigitiseCore
import Foundation

/// `--workers` and `--lease-seconds`, shared by `run`, `work` and `reprocess`: how many workers each page stage runs,
/// and how long a claim holds when the catalog is shared.
struct WorkerOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Workers per stage: N OCR workers, or ocr=N,normalise=M. Default: the pipeline's batch.ocr_workers and batch.normalise_workers (one OCR worker per core, one normalise worker per four OCR workers).",
            valueName: "SPEC"))
    var workers: String?

    @Option(
        help: ArgumentHelp(
            "With a catalog on PostgreSQL (--catalog): how long a claim on pages holds without a heartbeat, in seconds; the pages of a worker that dies wait this long before others take them over.",
            valueName: "SECONDS"))
    var leaseSeconds: Int = 120

    func validate() throws {
        guard leaseSeconds >= 3 else {
            throw ValidationError("--lease-seconds must be at least 3 (the heartbeat renews every third of it)")
        }
        if let workers, StageWorkers(overriding: workers, on: PipelineDefinition.nightly.batch, cores: 1) == nil {
            throw ValidationError(
                "--workers '\(workers)' is not N or ocr=N,normalise=M (each at least 1), e.g. --workers 2 or --workers ocr=4,normalise=1")
        }
    }

    /// The workers for this pipeline, with `--workers` over it (checked by `validate`).
    func stageWorkers(for pipeline: PipelineDefinition) -> StageWorkers {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        return workers.flatMap { StageWorkers(overriding: $0, on: pipeline.batch, cores: cores) }
            ?? StageWorkers(pipeline.batch, cores: cores)
    }
}

extension WorkerOptions {
    /// How this process shares the pages of a catalog other workers use too; nil for a catalog of its own (SQLite).
    func leasing(_ catalog: any ArchiveCatalog, workers: StageWorkers) -> PageLeasing? {
        guard let shared = catalog as? any PageLeases & FleetLedger else { return nil }
        let host = ProcessInfo.processInfo.hostName
        return PageLeasing(
            leases: shared, fleet: shared, worker: "\(host)/\(getpid())", lease: .seconds(leaseSeconds), chunk: max(2, 2 * workers.ocr))
    }
}
