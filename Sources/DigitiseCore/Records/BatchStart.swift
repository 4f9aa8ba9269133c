/// What is known of a run when it starts.
public struct BatchStart: Sendable {
    public let inbox: String
    public let pipelineName: String
    public let pipelineVersion: Int
    public let workers: Int
    public let program: String

    public init(inbox: String, pipelineName: String, pipelineVersion: Int, workers: Int, program: String) {
        self.inbox = inbox
        self.pipelineName = pipelineName
        self.pipelineVersion = pipelineVersion
        self.workers = workers
        self.program = program
    }
}
