import DigitiseCore

/// A review desk whose archive a run is writing: it lists its queue and refuses every decision, as the command
/// line's locked desk does while the archive's lock is held.
struct BusyDesk: ReviewDesk {
    let queue: [ReviewItem]

    func reviewQueue() throws -> [ReviewItem] { queue }

    func decide(
        file: FileID, document: String, documentClass: DocumentClass, kind: DocumentKind?, person: String, note: String?
    ) throws -> ReviewDecision {
        throw ReviewDeskError.archiveBusy("a run is writing the archive")
    }

    func latestDecision(file: FileID, document: String) throws -> ReviewDecision? { nil }

    func standingDecisions() throws -> [DecidedText] { [] }
}
