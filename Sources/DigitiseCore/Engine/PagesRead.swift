/// What reading a list of pages came to.
public struct PagesRead: Sendable {
    /// Pages taken up: read, failed, or found in the memo.
    public var processed = 0
    /// Pages whose text came from the memo of an earlier identical derivation.
    public var memoised = 0
    /// Why the reading stopped before the list was done, if it did.
    public var stopped: StopReason?
    /// The personal files whose pages a worker sharing the catalog claimed (`LeasedPageWork`): the documents it
    /// classifies when it read pages without ingesting them (`PendingWork`).
    public var files: Set<FileID> = []
    /// Results refused because another worker had taken the page over (its lease had run out): never written.
    public var refused = 0

    public init(processed: Int = 0, memoised: Int = 0, stopped: StopReason? = nil) {
        self.processed = processed
        self.memoised = memoised
        self.stopped = stopped
    }

    /// Adds a later part of the same run.
    mutating func add(_ other: PagesRead) {
        processed += other.processed
        memoised += other.memoised
        stopped = other.stopped ?? stopped
        files.formUnion(other.files)
        refused += other.refused
    }
}
