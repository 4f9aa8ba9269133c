/// The work a `WorkChoice` gives the engine.
public struct ChosenWork: Sendable {
    /// The pages to read, in order.
    public var pages: [PageJob]
    /// Which documents the classify stage takes once the pages are read.
    public var classify: ClassifyScope
    /// Redo this stage and those after it even when a memo holds their result (`reprocess --from`); nil trusts the memo.
    public var redoFrom: Stage?
    /// What could not be taken in (inbox entries, files the store refused), in the order met.
    public var refused: [InboxProblem]
    /// The documents given a new version (reprocessing), to tell what changed.
    public var versions: [VersionChange]

    public init(
        pages: [PageJob], classify: ClassifyScope, redoFrom: Stage? = nil, refused: [InboxProblem] = [], versions: [VersionChange] = []
    ) {
        self.pages = pages
        self.versions = versions
        self.refused = refused
        self.classify = classify
        self.redoFrom = redoFrom
    }

    public enum ClassifyScope: Sendable {
        /// The documents the batch saw.
        case batch
        /// One personal file's documents.
        case file(FileID)
        /// The documents of the files whose pages the run read (a worker that ingested nothing, `PendingWork`).
        case filesRead
    }
}
