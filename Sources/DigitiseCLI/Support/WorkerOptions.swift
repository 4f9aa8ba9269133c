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
        if let workers, StageWorkers(parsing: workers, defaults: 1) == nil {
            throw ValidationError(
                "--workers '\(workers)' is not N or ocr=N,normalise=M (each at least 1), e.g. --workers 2 or --workers ocr=4,normalise=1")
        }
    }

    /// The workers for this pipeline, with `--workers` over it.
    func stageWorkers(for pipeline: PipelineDefinition) -> StageWorkers {
        let defaults = StageWorkers(pipeline.batch, cores: ProcessInfo.processInfo.activeProcessorCount)
        guard let workers else { return defaults }
        if let ocr = Int(workers) {
            // N OCR workers bring the normalise workers that feed them, unless the pipeline sets those itself.
            return StageWorkers(
                normalise: pipeline.batch.normaliseWorkers > 0 ? defaults.normalise : StageWorkers(ocr: ocr).normalise, ocr: ocr)
        }
        return StageWorkers(parsing: workers, defaults: defaults) ?? defaults
    }
}
