import Synchronization

/// Why a run stopped before its work was done. Workers finish the page in hand and take no other; the pages not
/// taken stay `pending`, and the next run resumes them.
public enum StopReason: String, Sendable, Codable {
    /// Ctrl-C or SIGTERM: exit 130.
    case interrupted
    /// Too many pages failed: exit 3.
    case failureGuard = "failure guard"

    public var exitStatus: ExitStatus {
        switch self {
        case .interrupted: .interrupted
        case .failureGuard: .abortedByFailureGuard
        }
    }
}

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
