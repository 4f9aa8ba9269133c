/// How a reading process ended without finishing: killed by a signal (a crash in a C library), or stopped by its
/// supervisor because a page made no progress for longer than `batch.page_watchdog_seconds` (a hang).
public enum AbnormalEnd: Sendable, Equatable, CustomStringConvertible {
    case signal(Int32)
    case hung(seconds: Int)

    /// The failure code a page gets when it was in hand at too many abnormal ends.
    public var code: String {
        switch self {
        case .signal: "reader.crashed"
        case .hung: "reader.hung"
        }
    }

    public var description: String {
        switch self {
        case .signal(let number): "killed by \(Self.name(of: number))"
        case .hung(let seconds): "no progress for \(seconds) s (stopped by the supervisor)"
        }
    }

    /// `SIGSEGV` for 11, and so on; the number for a signal without a common name.
    public static func name(of signal: Int32) -> String {
        let names: [Int32: String] = [
            1: "SIGHUP", 2: "SIGINT", 3: "SIGQUIT", 4: "SIGILL", 5: "SIGTRAP", 6: "SIGABRT", 7: "SIGBUS", 8: "SIGFPE",
            9: "SIGKILL", 11: "SIGSEGV", 13: "SIGPIPE", 14: "SIGALRM", 15: "SIGTERM", 24: "SIGXCPU", 25: "SIGXFSZ", 31: "SIGSYS",
        ]
        return names[signal] ?? "signal \(signal)"
    }
}
