import DigitiseCore
import Synchronization

/// The catalog in memory, for run-engine tests: every role a run writes through (`RunCatalog`) and the reads its
/// tests check the result by (`ArchiveReader`, but for the auditors' reports), following the same contracts as
/// `SQLiteCatalog` (the conformance suites in `Conformance/` hold both to them).
///
/// One lock guards the whole state, and a write works on a copy that replaces the state only when the call
/// succeeds: each call is one transaction, all of it or nothing, as the ports require. Reads wait for a write
/// instead of running beside it, which no test can tell apart at this size.
public final class MemoryCatalog: Sendable {
    let state = Mutex(State())
    /// The program and version acting through this catalog: the agent of the events it records.
    let agent: String

    public init(agent: String = "digitise") {
        self.agent = agent
    }

    /// What the in-memory catalog refuses.
    public enum Refusal: Error, Equatable, CustomStringConvertible {
        /// An outcome names a page the catalog does not have (outcomes come from the catalog's own jobs).
        case noSuchPage(Int64)
        /// The call needs what only the SQLite catalog has (the auditors' reports are SQL over its tables).
        case notSupported(String)

        public var description: String {
            switch self {
            case .noSuchPage(let id): "the catalog has no page \(id)"
            case .notSupported(let what): "\(what) is not supported by the in-memory catalog double: test it on SQLiteCatalog"
            }
        }
    }

    /// A read of the state as it stands.
    func read<T: Sendable>(_ body: (State) throws -> T) throws -> T {
        try state.withLock { state in try body(state) }
    }

    /// A write transaction: the body changes a copy, which becomes the state only if the body returns.
    func write<T: Sendable>(_ body: (inout State) throws -> T) throws -> T {
        try state.withLock { state in
            var draft = state
            let result = try body(&draft)
            state = draft
            return result
        }
    }

    static func now() -> String { Timestamp.now() }
}
