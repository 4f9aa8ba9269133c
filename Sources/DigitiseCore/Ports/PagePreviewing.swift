/// Small images of stored pages for people to look at: the review desk shows a document's pages beside its text.
///
/// Implementations must read only the object store (never a path from a request), never enlarge a page, and throw
/// rather than return a partial image.
public protocol PagePreviewing: Sendable {
    /// A PNG of the stored page image `object`, at most `width` pixels wide, its proportions kept.
    func preview(of object: ObjectHash, width: Int) throws -> [UInt8]
}
