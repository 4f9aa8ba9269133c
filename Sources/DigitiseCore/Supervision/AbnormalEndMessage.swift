/// The words every catalog records for what was in hand when a reading process ended abnormally: one wording, so
/// `show`, the summary and the reports read the same whichever catalog holds the archive.
public enum AbnormalEndMessage {
    /// A page or source file at its `count`th abnormal end; `failed` when it will not be tried again.
    public static func inHand(cause: String, count: Int, isPage: Bool, stage: Stage, failed: Bool) -> String {
        "the reading process was \(cause) \(count == 1 ? "once" : "\(count) times") with this \(isPage ? "page" : "file") in hand, "
            + "in the \(stage.rawValue) stage"
            + (failed ? "; not tried again until it is reprocessed (digitise reprocess FILE-ID)" : "")
    }

    /// A source file set aside after `count` abnormal ends: ingest records it failed without reading it.
    public static func sourceSetAside(cause: String, count: Int, stage: Stage) -> String {
        "the reading process was \(cause) \(count) times with this file in hand, in the \(stage.rawValue) stage; not read again until it is reprocessed"
    }
}
