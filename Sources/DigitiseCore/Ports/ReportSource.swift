/// Where reports come from: a read-only view of the catalog (a report never blocks a nightly run).
public protocol ReportSource: Sendable {
    func report(_ kind: ReportKind, filter: ReportFilter) throws -> Report
    /// The batches, newest first (for choosing one).
    func batchIDs() throws -> [Int64]
}
