/// A normalisation step failed (the library's words and the step).
public struct NormaliseError: Error, Sendable, Equatable, CustomStringConvertible {
    public let step: String
    public let message: String

    public init(step: String, _ message: String) {
        self.step = step
        self.message = message
    }

    public var description: String { "\(step): \(message)" }

    public var failure: StageFailure { StageFailure(stage: .normalise, code: "normalise.\(step)", message: description) }
}
