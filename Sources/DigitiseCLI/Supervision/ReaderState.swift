import DigitiseCore
import Synchronization

/// What the supervisor knows of its reading process from the journal: the batch it opened and what it holds now,
/// with when each subject entered its stage (for the watchdog).
final class ReaderState: Sendable {
    private struct State {
        var batch: Int64?
        var inHand: [AttemptSubject: (stage: Stage, since: ContinuousClock.Instant)] = [:]
    }

    private let state = Mutex(State())

    /// Applies one journal line (`batch 12`, `begin page:42 ocr`, `end page:42`); unknown lines are ignored.
    func apply(_ line: Substring) {
        let words = line.split(separator: " ")
        guard let verb = words.first else { return }
        switch verb {
        case "batch":
            guard words.count == 2, let id = Int64(words[1]) else { return }
            state.withLock { $0.batch = id }
        case "begin":
            guard words.count == 3, let subject = AttemptSubject(words[1]), let stage = Stage(rawValue: String(words[2])) else { return }
            let now = ContinuousClock.now
            state.withLock { $0.inHand[subject] = (stage, now) }
        case "end":
            guard words.count == 2, let subject = AttemptSubject(words[1]) else { return }
            _ = state.withLock { $0.inHand.removeValue(forKey: subject) }
        default:
            return
        }
    }

    var batch: Int64? { state.withLock { $0.batch } }

    /// Everything in hand, each with its stage.
    var inHand: [InHand] { state.withLock { $0.inHand.map { InHand($0.key, stage: $0.value.stage) } } }

    /// The longest any subject has been in its current stage.
    var longestInStage: Duration {
        let now = ContinuousClock.now
        return state.withLock { $0.inHand.values.map { now - $0.since }.max() ?? .zero }
    }
}
