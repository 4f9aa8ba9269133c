/// The archive's documents and where each of their pages stands: what ingest registers, what waits for work, and
/// what became of each page.
///
/// Implementations must:
/// - make each call one transaction (all of it or nothing), so a crash between calls loses no more than the call
///   under way;
/// - serialise writes, and let reads run beside a write, from any thread;
/// - keep old document versions: registering changed sources makes a new version current, never overwrites.
public protocol PageQueue: Sendable {
    /// Records an ingested document and its pages. Registering a document whose current version has the same
    /// sources changes nothing but its `last seen` batch; different sources make a new current version.
    func registerDocument(_ document: IngestedDocument, batch: Int64) throws -> DocumentRegistration

    /// Every page of a current document that still waits for work, largest first (then in file, document and
    /// page order): the longest work starts first, so no core idles at the end of a night waiting for one big page.
    func pendingPages() throws -> [PageJob]

    /// Every done or blank page of the current documents a batch saw, with the keys of the derivations it holds now.
    func finishedPageKeys(batch: Int64) throws -> [PageKeys]

    /// The finished (done or blank) pages of a file's current documents, with the keys of their derivations.
    func pageKeys(ofFile id: FileID) throws -> [PageKeys]

    /// Records what became of several pages (their derivations and texts, when read) in one transaction.
    func recordPages(_ outcomes: [PageOutcome]) throws
}

extension PageQueue {
    /// Records one page's outcome in a transaction of its own.
    public func recordPage(_ outcome: PageOutcome) throws { try recordPages([outcome]) }
}
