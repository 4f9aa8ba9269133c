/// How a run chooses its work, the one thing in which the nightly run and reprocessing differ: the engine opens
/// the batch, reads the chosen pages, classifies the chosen documents and closes the batch alike for both.
public protocol WorkChoice {
    associatedtype Summary: Encodable
    /// What the choice looks at before a batch is opened (an inbox's listing).
    associatedtype Survey

    /// What the batch is called in the catalog (the inbox's path, `reprocess PF-1`).
    var batchLabel: String { get }

    /// Looks at the work before a batch is opened, refusing work that cannot start (a missing inbox, an unknown file).
    func survey(_ context: RunContext) throws -> Survey

    /// Takes in what the run works on (ingest, new versions) and chooses its pages and documents.
    func choose(_ survey: Survey, batch: Int64, context: RunContext, progress: any RunProgress) throws -> ChosenWork

    /// The run's summary and the batch's final status, once the pages are read and the documents classified.
    func conclude(_ work: CompletedWork, context: RunContext) throws -> (summary: Summary, status: RunStatus)
}
