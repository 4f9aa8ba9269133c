import DigitiseCore
import Foundation
import Synchronization

/// The catalog's leases, noting when an outcome was last written (wall clock): the end of a claim worker's work, which
/// its process outlives while it waits for the other workers' last pages.
final class TimedLeases: PageLeases {
    private let leases: any PageLeases
    private let recorded = Mutex<Double?>(nil)

    init(_ leases: any PageLeases) { self.leases = leases }

    var lastRecorded: Double? { recorded.withLock { $0 } }

    func recordClaimedPages(_ outcomes: [(claim: PageClaim, outcome: PageOutcome)]) throws -> [PageClaim] {
        let refused = try leases.recordClaimedPages(outcomes)
        let now = Date().timeIntervalSince1970
        recorded.withLock { $0 = max($0 ?? now, now) }
        return refused
    }

    func claimPages(worker: String, limit: Int, lease: Duration) throws -> [PageClaim] {
        try leases.claimPages(worker: worker, limit: limit, lease: lease)
    }
    func renewLeases(_ claims: [PageClaim], lease: Duration) throws -> [PageClaim] { try leases.renewLeases(claims, lease: lease) }
    func releaseClaims(_ claims: [PageClaim]) throws { try leases.releaseClaims(claims) }
    func requeue(_ pages: [PageKeys]) throws -> Int { try leases.requeue(pages) }
    func pendingPageCount(besides worker: String?) throws -> Int { try leases.pendingPageCount(besides: worker) }
}
