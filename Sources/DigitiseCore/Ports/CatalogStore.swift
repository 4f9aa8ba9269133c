/// The catalog: what the archive holds and where each page stands.
///
/// Implementations must:
/// - make each call one transaction (all of it or nothing), so a crash between calls loses no more than the
///   call under way;
/// - serialise writes, and let reads run beside a write (WAL snapshots), from any thread;
/// - keep old document versions: registering changed sources makes a new version current, never overwrites.
public protocol CatalogStore: Sendable {
    /// Opens a batch record for a run and returns its id.
    func beginBatch(_ start: BatchStart) throws -> Int64

    /// Records a problem with an inbox entry that could not become a document (bad file ID, symlink, ...).
    func recordInboxProblem(_ problem: InboxProblem, batch: Int64) throws

    /// Records an ingested document and its pages. Registering a document whose current version has the same
    /// sources changes nothing but its `last seen` batch; different sources make a new current version.
    func registerDocument(_ document: IngestedDocument, batch: Int64) throws -> DocumentRegistration

    /// Every page of a current document that still waits for work, largest first (then in file, document and
    /// page order): the longest work starts first, so no core idles at the end of a night waiting for one big page.
    func pendingPages() throws -> [PageJob]

    /// Every done or blank page of the current documents a batch saw, with the keys of the derivations it holds now.
    func finishedPageKeys(batch: Int64) throws -> [PageKeys]

    /// The memoised result of a derivation, if it was ever computed.
    func derivation(forKey key: String) throws -> DerivationRecord?

    /// Records what became of several pages (their derivations and texts, when read) in one transaction.
    func recordPages(_ outcomes: [PageOutcome]) throws

    /// Closes a batch with its final status and summary.
    func finishBatch(_ id: Int64, status: String, summaryJSON: String) throws

    /// Counts and failures over the documents a batch saw.
    func summary(ofBatch id: Int64, failureLimit: Int) throws -> BatchCounts

    /// Full-text search over the current version of every page.
    func search(_ query: SearchQuery) throws -> [SearchHit]

    /// One personal file with its current documents and pages, or nil when the archive has no such file.
    func fileRecord(_ id: FileID) throws -> FileRecord?

    /// A personal file's current documents with their originals and derivatives, for export; nil if unknown.
    func contents(of id: FileID) throws -> FileContents?

    // MARK: Classification

    /// The current documents a batch saw (or, with `file`, that file's) whose pages are all final: done, blank or failed.
    func documentsToClassify(batch: Int64?, file: FileID?) throws -> [DocumentText]

    /// Records a document's classification (its derivation, class, kind, probability, review flag, identifiers) and
    /// rolls the result up to the personal file, in one transaction.
    func recordClassification(document: Int64, derivation: DerivationRecord, classification: Classification, reused: Bool) throws

    // MARK: Reprocessing

    /// Gives every current document of a file a new current version that starts as a copy of the old one (its
    /// pages that failed after ingest waiting again); the old versions stay, with their pages and results.
    func newVersions(ofFile id: FileID, batch: Int64) throws -> [VersionChange]

    /// One version of a document, current or not; nil for an unknown id.
    func documentVersion(_ id: Int64) throws -> DocumentVersion?

    /// The finished (done or blank) pages of a file's current documents, with the keys of their derivations.
    func pageKeys(ofFile id: FileID) throws -> [PageKeys]

    // MARK: Provenance and fixity

    /// Records events that are not part of another call (export, a fixity run's summary).
    func record(_ events: [ArchiveEvent]) throws

    /// Every event about a personal file, oldest first.
    func events(forFile id: FileID) throws -> [ArchiveEvent]

    /// The objects of one slice of the store.
    func objects(in slice: FixitySlice) throws -> [StoredObject]

    /// Every object hash the catalog knows (to find strays in the store).
    func knownObjectHashes() throws -> Set<String>

    /// What depends on an object, as people name it: `PF-1/passport (original)`, `PF-1/passport page 2 (text)`.
    func dependents(of hash: ObjectHash) throws -> [String]

    /// Records the outcome of checking objects: each object's last check, and an event per damaged object.
    func recordFixity(_ results: [(StoredObject, FixityResult)], at time: String) throws
}

extension CatalogStore {
    /// Records one page's outcome in a transaction of its own.
    public func recordPage(_ outcome: PageOutcome) throws { try recordPages([outcome]) }
}
