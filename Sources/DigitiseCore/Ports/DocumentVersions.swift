/// Versions of a personal file's documents, for reprocessing: a new version starts as a copy of the current one,
/// and every old version stays with its pages and results.
public protocol DocumentVersions: Sendable {
    /// Gives every current document of a file a new current version that starts as a copy of the old one (its
    /// pages that failed after ingest waiting again); the old versions stay, with their pages and results.
    func newVersions(ofFile id: FileID, batch: Int64) throws -> [VersionChange]

    /// One version of a document, current or not; nil for an unknown id.
    func documentVersion(_ id: Int64) throws -> DocumentVersion?
}
