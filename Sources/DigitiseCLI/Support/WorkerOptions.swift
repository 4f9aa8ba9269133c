import ArgumentParser
import DigitiseCore
import Foundation

/// `--workers`, shared by `run` and `reprocess`: how many workers each page stage runs.
struct WorkerOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Workers per stage: N OCR workers, or ocr=N,normalise=M. Default: the pipeline's batch.ocr_workers and batch.normalise_workers (one OCR worker per core, one normalise worker per four OCR workers).",
            valueName: "SPEC"))
    var workers: String?

    func validate() throws {
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
