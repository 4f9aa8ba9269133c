/// The archive's event log (PREMIS-like): what happened to each personal file, by whom, with what outcome.
/// Most events are written by the calls that cause them; this port records the rest (export, reprocessing,
/// a fixity run's summary).
public protocol ProvenanceLog: Sendable {
    /// Records events that are not part of another call.
    func record(_ events: [ArchiveEvent]) throws
}
