/// Pending pages shared out among any number of workers on one catalog, so that no page is worked twice at once and
/// a worker that dies costs nothing but the pages it held.
///
/// Implementations must:
/// - hand a pending page to one worker at a time, for a lease that ends on the catalog's own clock (the workers'
///   clocks may disagree), and hand it again once the lease has run out;
/// - draw a new fencing token for every claim, and record a claimed page's outcome only while its token is the
///   page's latest and the page still waits: a late result from a worker whose lease was taken over is refused;
/// - treat a finished page marked for another reading (`requeue`) as waiting, while it keeps its results until the
///   new outcome replaces them (the outcome clears the mark);
/// - make each call one transaction.
public protocol PageLeases: Sendable {
    /// Claims up to `limit` pending pages nobody holds (or whose lease ran out), largest first, for `lease`.
    func claimPages(worker: String, limit: Int, lease: Duration) throws -> [PageClaim]

    /// Extends the leases of claims still held (the heartbeat) and returns those; a claim missing from the answer
    /// was taken over or finished, and its work should stop.
    func renewLeases(_ claims: [PageClaim], lease: Duration) throws -> [PageClaim]

    /// Records the outcomes of claimed pages in one transaction and returns the claims refused (their token was no
    /// longer the page's latest, or the page was finished by another): nothing of those is written.
    func recordClaimedPages(_ outcomes: [(claim: PageClaim, outcome: PageOutcome)]) throws -> [PageClaim]

    /// Gives back claims unworked (a worker stopping cleanly), so others take them at once rather than after the lease.
    func releaseClaims(_ claims: [PageClaim]) throws

    /// Marks finished pages to be read again by whichever worker claims them (a changed pipeline would derive them
    /// differently), each only if it still holds the keys given: a page another worker read again meanwhile is left.
    /// - Returns: how many were marked.
    @discardableResult
    func requeue(_ pages: [PageKeys]) throws -> Int

    /// The pending pages of current documents (and those marked to be read again), held or not, but for those
    /// `worker` holds under a lease still running: while any remain, a worker with nothing to claim waits to take
    /// over those of a worker that dies. `nil` counts every one.
    func pendingPageCount(besides worker: String?) throws -> Int
}

extension PageLeases {
    /// Every pending page of current documents (and those marked to be read again), held or not.
    public func pendingPageCount() throws -> Int { try pendingPageCount(besides: nil) }
}
