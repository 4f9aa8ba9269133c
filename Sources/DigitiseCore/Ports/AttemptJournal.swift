/// Where a reading process says what it holds before it touches it, so that its supervisor knows which pages were in
/// hand if the process dies (a crash in a C library) or stops making progress (a hang).
///
/// Implementations must:
/// - have written the entry where the supervisor can read it before returning (the next instruction may crash);
/// - be cheap (a few calls per page) and safe to call from every worker thread at once;
/// - never throw: a journal that cannot be written stops the run through `RunControl`, not the page.
public protocol AttemptJournal: Sendable {
    /// A batch record was opened for this process's run.
    func batchBegan(_ id: Int64)
    /// The subject is taken up in `stage` (again, when it moves on to the next stage).
    func began(_ subject: AttemptSubject, stage: Stage)
    /// The subject's outcome is decided and handed to the writer: a crash from now on is not its fault.
    func ended(_ subject: AttemptSubject)
}
