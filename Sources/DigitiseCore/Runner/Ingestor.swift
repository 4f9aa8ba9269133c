/// The ingest stage: stores each source bit-exact, sniffs it, and reads its page headers.
///
/// The original bytes are stored before anything reads them, so even a file that fails every check is kept; the
/// stored copy is what is inspected (the inbox may change under us, the store does not).
public struct Ingestor: Sendable {
    let store: any ObjectStoring
    let inspector: SourceInspector

    public init(store: any ObjectStoring, decoder: any PageImageDecoder, limits: DecodeLimits) {
        self.store = store
        inspector = SourceInspector(decoder: decoder, limits: limits)
    }

    /// - Throws: only when the store cannot be written (the archive is broken, not the document).
    public func ingest(_ document: InboxDocument, of file: FileID) throws -> IngestedDocument {
        var sources: [IngestedSource] = []
        for (path, relative) in zip(document.sources, document.relativePaths) {
            let object = try store.put(fileAt: path)
            let found = inspector.inspect(fileAt: store.path(of: object.hash), relative: relative)
            sources.append(IngestedSource(relativePath: relative, object: object, format: found.format, pages: found.pages))
        }
        return IngestedDocument(fileID: file, name: document.name, sources: sources)
    }
}
