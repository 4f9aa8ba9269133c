import Synchronization

/// The switch that stops a run: flipped by a signal handler or the failure guard, read by every worker between pages.
public final class RunControl: Sendable {
    private let reason = Mutex<StopReason?>(nil)

    public init() {}

    /// Asks the run to stop; the first reason given is the one reported.
    public func stop(_ why: StopReason) {
        reason.withLock { if $0 == nil { $0 = why } }
    }

    public var stopReason: StopReason? { reason.withLock { $0 } }
}
