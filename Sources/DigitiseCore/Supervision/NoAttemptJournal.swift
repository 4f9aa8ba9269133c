/// The journal of an unsupervised process (tests, `--unsupervised`): nobody reads it.
public struct NoAttemptJournal: AttemptJournal {
    public init() {}
    public func batchBegan(_ id: Int64) {}
    public func began(_ subject: AttemptSubject, stage: Stage) {}
    public func ended(_ subject: AttemptSubject) {}
}
