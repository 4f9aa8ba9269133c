/// Where a page stands. Every page ends in `done`, `blank`, `unreadable` or `failed`; `pending` means work remains.
public enum PageStatus: String, Sendable, Codable {
    case pending, done, blank, failed
    /// Has ink, but no reading found its text (`ocr.no-text`): in the review queue and the failures report.
    case unreadable

    public var isFinal: Bool { self != .pending }
}
