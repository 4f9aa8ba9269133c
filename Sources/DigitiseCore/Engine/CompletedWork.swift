/// What a run did, handed to its `WorkChoice` to conclude: the batch, the work chosen, the pages read, the time.
public struct CompletedWork: Sendable {
    public let batch: Int64
    public let chosen: ChosenWork
    public let pages: PagesRead
    /// Seconds since the run began.
    public let seconds: Double
}
