/// A read-only view of the archive's catalog: search, a personal file, its contents and events, and the reports.
/// The only port the report server, the reports and the read-only commands get: they cannot write.
///
/// Implementations must let reads run beside a nightly run's writes (a report never blocks a run), and may stop a
/// read that runs too long (`ArchiveQueryError.timedOut`).
public protocol ArchiveReader: Sendable {
    /// Full-text search over the current version of every page.
    /// - Throws: `ArchiveQueryError.badQuery` for text that cannot be read as a query; `.noStems` for a stemmed
    ///   query (`SearchQuery.stemmed`) when the catalog indexes whole words only.
    func search(_ query: SearchQuery) throws -> [SearchHit]

    /// One personal file with its current documents and pages, or nil when the archive has no such file.
    func fileRecord(_ id: FileID) throws -> FileRecord?

    /// A personal file's current documents with their originals and derivatives, for export; nil if unknown.
    func contents(of id: FileID) throws -> FileContents?

    /// Every event about a personal file, oldest first.
    func events(forFile id: FileID) throws -> [ArchiveEvent]

    /// One of the auditors' reports.
    func report(_ kind: ReportKind, filter: ReportFilter) throws -> Report

    /// The batches, newest first (for choosing one).
    func batchIDs() throws -> [Int64]
}
