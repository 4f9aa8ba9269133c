/// Counts over the documents a batch saw, and the failures among them.
public struct BatchCounts: Sendable, Equatable, Codable {
    public var files = 0
    public var documents = 0
    public var pages = 0
    public var pagesDone = 0
    public var pagesBlank = 0
    public var pagesFailed = 0
    /// Pages with ink whose text no reading found (`ocr.no-text`): failures of their own kind, in review.
    public var pagesUnreadable = 0
    public var pagesPending = 0
    public var inboxProblems = 0
    /// The first failures, in file, document and page order (the catalog holds all of them).
    public var failures: [FailureLine] = []

    public init() {}

    /// Counts `n` pages in `status` (and in the total); a status this program does not know counts in the total only.
    public mutating func addPages(_ n: Int, status: PageStatus?) {
        pages += n
        switch status {
        case .done: pagesDone += n
        case .blank: pagesBlank += n
        case .failed: pagesFailed += n
        case .unreadable: pagesUnreadable += n
        case .pending: pagesPending += n
        case nil: break
        }
    }

    /// Pages that ended without their text: failed or unreadable.
    public var pagesNotRead: Int { pagesFailed + pagesUnreadable }

    enum CodingKeys: String, CodingKey {
        case files, documents, pages, failures
        case pagesDone = "pages_done", pagesBlank = "pages_blank", pagesFailed = "pages_failed"
        case pagesPending = "pages_pending", inboxProblems = "inbox_problems", pagesUnreadable = "pages_unreadable"
    }
}
