/// A subject a reading process held, and the stage it was in, when the process ended abnormally.
public struct InHand: Sendable, Hashable {
    public let subject: AttemptSubject
    public let stage: Stage

    public init(_ subject: AttemptSubject, stage: Stage) {
        self.subject = subject
        self.stage = stage
    }
}
