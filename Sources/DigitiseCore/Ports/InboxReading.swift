/// Reads an inbox following the contract of DESIGN.md (one folder per personal file; an image file or a folder of
/// page images per document), without ever modifying it.
///
/// Implementations must report what cannot become a document (hidden entries, invalid file IDs, links that leave
/// the inbox, nested folders, unreadable entries) as problems, never follow it blindly, and list files, documents
/// and pages in a stable order (pages in natural order: 2 before 10).
public protocol InboxReading: Sendable {
    /// - Throws: `InboxReadError` when the inbox itself cannot be read.
    func scan(inbox: String) throws -> InboxScan
}
