import Dispatch
import Synchronization

/// Reads a list of pages through two stage pools running at once, and writes every outcome through one batching
/// catalog writer. Shared by the nightly run and by reprocessing.
///
/// ```
/// jobs ──► normalise workers ──► hand-off (one page per OCR worker) ──► OCR workers ──► catalog writer
///                 └── blank, failed and memoised pages ─────────────────────────────────────┘
/// ```
/// Each normalise worker owns an orientation detector, each OCR worker its Tesseract engines. The bounded hand-off
/// is the back-pressure between the stages, the writer's batch the back-pressure before the catalog: however large
/// the batch, only a few pages are in memory at once.
///
/// Stops early, leaving the pages not taken `pending`, when the control is stopped (a signal) or the failure
/// guard trips; the pages already normalised are read and everything finished is written first.
struct PageWork {
    let processor: PageProcessor
    let queue: any PageQueue
    let ocr: any OCREngineFactory
    var workers: StageWorkers
    let failureGuard: FailureGuard
    let control: RunControl
    /// Where the texts read are held for the classify stage.
    let texts: RunTexts
    /// Told of every page before a worker touches it, and when its outcome is decided (crash containment).
    var journal: any AttemptJournal = NoAttemptJournal()
    /// Where the outcomes go; nil writes them through `queue` in batches (a leased worker hands them to its
    /// `ClaimedPageStream`).
    var writer: CatalogWriter?
    /// What the failure guard weighs: the run's pages over every list it reads, and the fleet's when shared.
    var tally = PageTally()

    /// Reads a list of pages, in its order.
    func run(_ jobs: [PageJob], progress: any RunProgress) throws -> PagesRead {
        guard !jobs.isEmpty else {
            progress.started(pages: 0)
            return PagesRead(stopped: control.stopReason)
        }
        let cursor = Mutex(0)
        let next = { @Sendable () -> PageJob? in
            let index = cursor.withLock { i in
                defer { i += 1 }
                return i
            }
            return index < jobs.count ? jobs[index] : nil
        }
        return try run(pages: jobs.count, next: next, normaliseWorkers: min(workers.normalise, jobs.count), progress: progress)
    }

    /// Reads the pages `next` gives until it gives nil (it may wait for them: a leased worker's claims).
    /// - Parameter pages: how many pages progress is told to expect.
    func run(pages: Int, next: @escaping @Sendable () -> PageJob?, progress: any RunProgress) throws -> PagesRead {
        try run(pages: pages, next: next, normaliseWorkers: workers.normalise, progress: progress)
    }

    private func run(
        pages: Int, next: @escaping @Sendable () -> PageJob?, normaliseWorkers: Int, progress: any RunProgress
    ) throws -> PagesRead {
        progress.started(pages: pages)
        let orientationOn = processor.pipeline.normalise.orientation
        let counts = Mutex((tried: 0, memoised: 0))
        let factory = ocr
        let writer = writer ?? CatalogWriter(queue: queue)
        let control = control
        let failureGuard = failureGuard
        let processor = processor
        let handOff = BoundedHandOff<PageAwaitingOCR>(capacity: workers.ocr)

        let journal = journal
        let texts = texts
        let tally = tally
        @Sendable func finished(_ outcome: PageOutcome, label: String) throws {
            journal.ended(.page(outcome.pageID))
            try writer.submit(outcome)
            texts.keep(outcome)
            counts.withLock { c in
                c.tried += 1
                if outcome.isMemoised { c.memoised += 1 }
            }
            let weighed = tally.count(failed: outcome.result.status == .failed)
            if failureGuard.trips(failed: weighed.failed, of: weighed.tried) { control.stop(.failureGuard) }
            progress.pageFinished(outcome.result.status, label: label)
        }

        // The normalise pool runs beside this thread, which runs the OCR pool.
        let normaliseError = Mutex<(any Error)?>(nil)
        let normalising = DispatchGroup()
        DispatchQueue(label: "digitise.normalise").async(group: normalising) { @Sendable in
            do {
                try WorkerPool.run(
                    "normalise", workers: normaliseWorkers,
                    // A cancelled hand-off (the OCR pool failed) stops the normalising too, not just its hand-overs.
                    next: { control.stopReason != nil || handOff.isCancelled ? nil : next() },
                    makeState: { _ in orientationOn ? try factory.makeOrientationDetector() : nil },
                    body: { orientation, job in
                        journal.began(.page(job.pageID), stage: .normalise)
                        switch try processor.prepare(job, orientation: orientation) {
                        case .finished(let outcome): try finished(outcome, label: job.label)
                        case .toRead(let page): handOff.put(page)
                        }
                    })
                handOff.finish()
            } catch {
                normaliseError.withLock { $0 = error }
                handOff.cancel()
            }
        }
        do {
            try WorkerPool.run(
                "ocr", workers: workers.ocr, next: { handOff.take() },
                makeState: { _ in OCREngineShelf(factory: factory) },
                body: { engines, page in
                    journal.began(.page(page.job.pageID), stage: .ocr)
                    try finished(try processor.read(page, engines: engines), label: page.job.label)
                })
        } catch {
            handOff.cancel()
            normalising.wait()
            try? writer.flush()  // keep what was finished before the error
            throw error
        }
        normalising.wait()
        if let error = normaliseError.withLock({ $0 }) {
            try? writer.flush()
            throw error
        }
        try writer.flush()
        let c = counts.withLock { $0 }
        return PagesRead(processed: c.tried, memoised: c.memoised, stopped: control.stopReason)
    }
}
