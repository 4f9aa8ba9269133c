/// The documented exit codes of `digitise` (README, "Exit codes"). Scripts rely on these numbers: never renumber.
public enum ExitStatus: Int32, Sendable, CaseIterable {
    /// Everything asked for was done.
    case ok = 0
    /// An unexpected internal error; the message says what happened.
    case internalError = 1
    /// The run finished, but some pages, documents or inbox entries failed; each has a reason in the catalog.
    case partial = 2
    /// The run stopped early because too many pages failed (a broken scanner, not a broken page).
    case abortedByFailureGuard = 3
    /// A check found a problem (`verify`: an object differs or is missing).
    case checkFailed = 4
    /// Bad arguments or options (the usage message says which).
    case usage = 64
    /// The input was read but refused: not UTF-8 text, empty, or a page that has text already (`review transcribe`).
    case dataError = 65
    /// The inbox, file or archive named does not exist or cannot be read.
    case noInput = 66
    /// A required library, language model or program is missing; `make deps` installs it.
    case missingDependency = 69
    /// The archive could not be created or written.
    case cannotWrite = 73
    /// Another run holds the archive.
    case archiveLocked = 75
    /// Interrupted by a signal; the next run resumes.
    case interrupted = 130

    public var meaning: String {
        switch self {
        case .ok: "ok"
        case .internalError: "internal error"
        case .partial: "partial: some items failed, each with a reason"
        case .abortedByFailureGuard: "aborted by the failure guard"
        case .checkFailed: "check failed"
        case .usage: "bad arguments"
        case .dataError: "input refused (wrong kind of data)"
        case .noInput: "input not found or unreadable"
        case .missingDependency: "missing dependency"
        case .cannotWrite: "archive cannot be written"
        case .archiveLocked: "archive locked by another run"
        case .interrupted: "interrupted"
        }
    }
}
