/// How a run ended: the batch's status in the catalog and the process's exit status.
public struct RunStatus: Sendable, Equatable {
    /// `ok`, `partial`, or the stop reason (`interrupted`, `failure guard`).
    public let name: String
    public let exit: ExitStatus

    /// A run that stopped early ends as its stop reason says; one that finished is partial when something failed.
    public init(stopped: StopReason?, partial: Bool) {
        name = stopped?.rawValue ?? (partial ? "partial" : "ok")
        exit = stopped?.exitStatus ?? (partial ? .partial : .ok)
    }
}
