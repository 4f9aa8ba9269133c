/// The auditors' reports: what `digitise report KIND` prints and `digitise serve` shows.
public enum ReportKind: String, Sendable, Codable, CaseIterable {
    /// Per day and per batch: files, documents, pages ingested / done / failed / blank / in review; progress to target.
    case progress
    /// Counts by reason code, with the files and pages behind each.
    case failures
    /// The review backlog, oldest first, with each item's age and probability.
    case review
    /// Asylum / personal-file counts per period.
    case classes
    /// The last verification of every slice, and any damaged objects.
    case fixity
    /// Pages per minute per stage, and the bottleneck.
    case throughput

    public var title: String {
        switch self {
        case .progress: "Progress"
        case .failures: "Failures"
        case .review: "Review queue"
        case .classes: "Classes"
        case .fixity: "Fixity"
        case .throughput: "Throughput"
        }
    }
}
