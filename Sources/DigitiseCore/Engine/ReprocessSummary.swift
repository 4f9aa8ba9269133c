/// What `digitise reprocess` did to a personal file, for the operator and for `--format json`.
public struct ReprocessSummary: Sendable, Equatable, Encodable {
    public let file: String
    public let batch: Int64
    /// The first stage redone whatever the memo held; nil when only what the pipeline changes was redone.
    public let from: Stage?
    public let pipeline: String
    public let person: String
    public let pagesProcessed: Int
    public let documents: [DocumentDiff]
    public let stopped: StopReason?
    public let exitStatus: Int32

    public init(
        file: String, batch: Int64, from: Stage?, pipeline: String, person: String, pagesProcessed: Int, documents: [DocumentDiff],
        stopped: StopReason?, exitStatus: Int32
    ) {
        self.file = file
        self.batch = batch
        self.from = from
        self.pipeline = pipeline
        self.person = person
        self.pagesProcessed = pagesProcessed
        self.documents = documents
        self.stopped = stopped
        self.exitStatus = exitStatus
    }

    enum CodingKeys: String, CodingKey {
        case file, batch, from, pipeline, documents, stopped
        case person = "operator", pagesProcessed = "pages_processed", exitStatus = "exit_status"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(file, forKey: .file)
        try c.encode(batch, forKey: .batch)
        try c.encode(from, forKey: .from)
        try c.encode(pipeline, forKey: .pipeline)
        try c.encode(person, forKey: .person)
        try c.encode(pagesProcessed, forKey: .pagesProcessed)
        try c.encode(documents, forKey: .documents)
        try c.encode(stopped, forKey: .stopped)
        try c.encode(exitStatus, forKey: .exitStatus)
    }
}
