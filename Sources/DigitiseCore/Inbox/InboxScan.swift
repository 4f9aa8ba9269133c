/// What an inbox holds: its personal files with their documents, and what could not become a document.
public struct InboxScan: Sendable, Equatable {
    public var files: [InboxFile]
    public var problems: [InboxProblem]

    public init(files: [InboxFile] = [], problems: [InboxProblem] = []) {
        self.files = files
        self.problems = problems
    }
}
