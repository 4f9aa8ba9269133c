import Foundation
import Synchronization

/// Reads the catalog's pending pages beside any number of other workers on the same catalog: takes them from a
/// `ClaimedPageStream` (claimed under a lease ahead of the reading, written behind it, each outcome only while its
/// claim still holds), reads them as `PageWork` reads a list, and gives back what it did not finish. It ends when no
/// page waits but its own; while others hold pages it waits, so that the pages of a worker that dies are taken over
/// once its lease runs out.
struct LeasedPageWork {
    var work: PageWork
    let leasing: PageLeasing
    /// Pages in hand when a reading process died: set aside as they are claimed, and read last, one at a time and
    /// alone, as `RunEngine` does (if one kills this process too, it is the only page in hand and takes the blame).
    let suspects: Set<Int64>

    /// What reading came to, with the files claimed and the results refused because another worker had taken the
    /// page over.
    func run(progress: any RunProgress) throws -> PagesRead {
        let progress = OnceStartedProgress(progress)
        let waiting = try leasing.leases.pendingPageCount()
        let control = work.control
        let stream = ClaimedPageStream(leasing) { control.stopReason != nil }
        var total = PagesRead()
        do {
            var reading = work
            reading.writer = CatalogWriter(batchSize: 1) { try stream.submit($0) }
            let suspects = suspects
            let setAside = Mutex<[PageJob]>([])
            let next = { @Sendable () -> PageJob? in
                while let job = stream.next() {
                    guard suspects.contains(job.pageID) else { return job }
                    setAside.withLock { $0.append(job) }
                }
                return nil
            }
            total.add(try reading.run(pages: waiting, next: next, progress: progress))
            var alone = reading
            alone.workers = StageWorkers(normalise: 1, ocr: 1)
            for job in setAside.withLock({ $0 }) {
                guard work.control.stopReason == nil else { break }
                total.add(try alone.run([job], progress: progress))
            }
        } catch {
            try? stream.finish()
            throw error
        }
        try stream.finish()
        total.files = stream.files
        total.refused = stream.refused
        total.stopped = work.control.stopReason ?? total.stopped
        return total
    }
}

/// The progress of a worker reading claimed pages, then the suspects one by one: started once, with every pending
/// page of the catalog.
private final class OnceStartedProgress: RunProgress {
    let base: any RunProgress
    private let began = Mutex(false)

    init(_ base: any RunProgress) { self.base = base }

    func ingested(documents: Int, of total: Int) { base.ingested(documents: documents, of: total) }
    func preflight(_ report: PreflightReport) { base.preflight(report) }
    func started(pages: Int) {
        if began.withLock({ s in
            defer { s = true }; return !s
        }) {
            base.started(pages: pages)
        }
    }
    func pageFinished(_ status: PageStatus, label: String) { base.pageFinished(status, label: label) }
}
