import Synchronization

/// Reads a list of pages on concurrent workers, each with its own engine, and writes every outcome through one
/// batching catalog writer. Shared by the nightly run and by reprocessing.
///
/// Stops early, leaving the pages not taken `pending`, when the control is stopped (a signal) or the failure
/// guard trips; what was finished is written first.
struct PageWork {
    let processor: PageProcessor
    let catalog: any CatalogStore
    let ocr: any OCREngineFactory
    let workers: Int
    let failureGuard: FailureGuard
    let control: RunControl

    struct Outcome {
        var processed = 0
        var memoised = 0
        var stopped: StopReason?
    }

    func run(_ jobs: [PageJob], progress: any RunProgress) throws -> Outcome {
        progress.started(pages: jobs.count)
        let orientationOn = processor.pipeline.normalise.orientation
        let counts = Mutex((tried: 0, failed: 0, memoised: 0))
        let factory = ocr
        let writer = CatalogWriter(catalog: catalog)
        let control = control
        let failureGuard = failureGuard
        do {
            try WorkerPool.run(
                workers: workers, jobs: jobs,
                shouldStop: { control.stopReason != nil },
                makeState: { _ in try WorkerTools.make(with: factory, orientationOn: orientationOn) },
                body: { [processor] tools, job in
                    let outcome = try processor.process(job, with: tools)
                    try writer.submit(outcome)
                    let tripped = counts.withLock { c -> Bool in
                        c.tried += 1
                        if outcome.result.status == .failed { c.failed += 1 }
                        if outcome.isMemoised { c.memoised += 1 }
                        return failureGuard.trips(failed: c.failed, of: c.tried)
                    }
                    if tripped { control.stop(.failureGuard) }
                    progress.pageFinished(outcome.result.status, label: job.label)
                })
        } catch {
            try? writer.flush()  // keep what was finished before the error
            throw error
        }
        try writer.flush()
        let c = counts.withLock { $0 }
        return Outcome(processed: c.tried, memoised: c.memoised, stopped: control.stopReason)
    }
}
