/// The PREMIS events of registering a document's new version: one wording for every catalog.
extension IngestedDocument {
    /// The version's ingestion, with how many sources and pages it brought.
    public func ingestionEvent(version: Int, pageCount: Int, at time: String, agent: String) -> ArchiveEvent {
        ArchiveEvent(
            kind: .ingestion, at: time, agent: agent, outcome: .success,
            detail: "version \(version): \(sources.count) source file(s), \(pageCount) page(s)"
                + (version > 1 ? "; replaces version \(version - 1), whose sources changed (kept)" : ""),
            fileID: fileID.rawValue, document: name)
    }

    /// The digest taken of one of its sources as it was stored.
    public func digestEvent(of source: IngestedSource, at time: String, agent: String) -> ArchiveEvent {
        ArchiveEvent(
            kind: .messageDigestCalculation, at: time, agent: agent, outcome: .success,
            detail: "SHA-256 \(source.object.hash.hex) of \(source.relativePath) (\(source.object.size) bytes)",
            fileID: fileID.rawValue, document: name, object: source.object.hash.hex)
    }
}
