import DigitiseCore

/// The review desk of `digitise serve`: the queue is read from the server's read-only catalog; each decision is
/// written under the archive's lock, taken for that decision alone.
///
/// Why the lock: a run reads a document's decisions and then records its class; a decision landing in between would
/// be overwritten by the model's class. While a run holds the archive, a decision is refused
/// (`ReviewDeskError.archiveBusy`), never queued: the operator sees it was not recorded and decides again later.
struct LockedReviewDesk: ReviewDesk {
    let root: String
    let reader: any ReviewDesk
    /// Opens the catalog for one decision (the server's own catalog reads only).
    let openWriter: @Sendable () throws -> any ReviewDesk

    func reviewQueue() throws -> [ReviewItem] { try reader.reviewQueue() }

    func latestDecision(file: FileID, document: String) throws -> ReviewDecision? {
        try reader.latestDecision(file: file, document: document)
    }

    func standingDecisions() throws -> [DecidedText] { try reader.standingDecisions() }

    func decide(
        file: FileID, document: String, documentClass: DocumentClass, kind: DocumentKind?, person: String, note: String?
    ) throws -> ReviewDecision {
        let lock: ArchiveLock
        do {
            lock = try ArchiveLock(archive: root, command: "digitise serve (a review decision by \(person))", wait: false)
        } catch let failure as CommandFailure where failure.status == .archiveLocked {
            throw ReviewDeskError.archiveBusy("a run is writing the archive")
        }
        return try withExtendedLifetime(lock) {
            try openWriter().decide(
                file: file, document: document, documentClass: documentClass, kind: kind, person: person, note: note)
        }
    }
}
