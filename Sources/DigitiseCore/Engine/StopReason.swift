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
