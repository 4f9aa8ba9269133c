import Foundation
import Synchronization

/// Reads the catalog's pending pages beside any number of other workers on the same catalog: claims a few at a
/// time under a lease (`PageLeases`), reads them as `PageWork` reads a list, writes each outcome only while its
/// claim still holds, and gives back what it did not finish. It ends when no page is pending any more; while others
/// hold the last ones it waits, so that the pages of a worker that dies are taken over once its lease runs out.
struct LeasedPageWork {
    var work: PageWork
    let leasing: PageLeasing
    /// Pages in hand when a reading process died: read one at a time and alone, as `RunEngine` does.
    let suspects: Set<Int64>

    /// What reading came to, with the files claimed and the results refused because another worker had taken the
    /// page over.
    func run(progress: any RunProgress) throws -> PagesRead {
        var total = PagesRead()
        let refused = Mutex(0)
        let progress = OnceStartedProgress(progress)
        progress.started(pages: try leasing.leases.pendingPageCount())
        while work.control.stopReason == nil {
            let claims = try leasing.leases.claimPages(worker: leasing.worker, limit: leasing.chunk, lease: leasing.lease)
            if claims.isEmpty {
                if try leasing.leases.pendingPageCount() == 0 { break }
                Thread.sleep(forTimeInterval: leasing.poll.inSeconds)
                continue
            }
            let heartbeat = LeaseHeartbeat(claims, leasing: leasing)
            defer { heartbeat.stop() }
            let byPage = Dictionary(uniqueKeysWithValues: claims.map { ($0.job.pageID, $0) })
            var chunk = work
            chunk.record = { [leases = leasing.leases] outcomes in
                let lost = try leases.recordClaimedPages(outcomes.compactMap { outcome in byPage[outcome.pageID].map { ($0, outcome) } })
                refused.withLock { $0 += lost.count }
            }
            let jobs = claims.map(\.job)
            total.files.formUnion(jobs.map(\.fileID))
            var alone = chunk
            alone.workers = StageWorkers(normalise: 1, ocr: 1)
            for job in jobs where suspects.contains(job.pageID) {
                guard work.control.stopReason == nil else { break }
                total.add(try alone.run([job], progress: progress))
            }
            total.add(try chunk.run(jobs.filter { !suspects.contains($0.pageID) }, progress: progress))
            heartbeat.stop()
            // What was not finished (a stop between pages) goes back at once; finished pages are no longer held.
            try leasing.leases.releaseClaims(claims)
        }
        total.stopped = work.control.stopReason ?? total.stopped
        total.refused = refused.withLock { $0 }
        return total
    }
}

/// The progress of a worker reading chunk after chunk: started once, with every pending page of the catalog.
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
