/// The ingest stage: stores each source bit-exact, sniffs it, and reads its page headers.
///
/// The original bytes are stored before anything reads them, so even a file that fails every check is kept; the
/// stored copy is what is inspected (the inbox may change under us, the store does not). A file the store refuses
/// (swapped for a FIFO or a link after the scan, larger than `ingest.max_file_bytes`, gone) is an inbox problem.
public struct Ingestor: Sendable {
    let store: any ObjectStoring
    let inspector: SourceInspector
    let limits: DecodeLimits
    let journal: any AttemptJournal
    /// Sources whose reading killed the process too often: recorded failed, never read again (`RunLedger`).
    let crashed: [ObjectHash: StageFailure]

    /// - Parameter crashed: sources whose reading killed the process too often (`RunLedger.crashedSources`).
    public init(_ context: RunContext, crashed: [ObjectHash: StageFailure] = [:]) {
        store = context.store
        limits = context.pipeline.decodeLimits
        journal = context.journal
        self.crashed = crashed
        inspector = SourceInspector(decoder: context.decoder, limits: limits)
    }

    /// A document as stored, and the problems of the sources that could not be stored.
    public struct Result: Sendable {
        /// Nil when none of the document's sources could be stored.
        public let document: IngestedDocument?
        public let refused: [InboxProblem]
    }

    /// - Throws: only when the store cannot be written (the archive is broken, not the document).
    public func ingest(_ document: InboxDocument, of file: FileID) throws -> Result {
        var sources: [IngestedSource] = []
        var refused: [InboxProblem] = []
        for (path, relative) in zip(document.sources, document.relativePaths) {
            let object: StoredObject
            do {
                object = try store.put(fileAt: path, maxBytes: limits.maxFileBytes)
            } catch let refusal as SourceRefused {
                refused.append(InboxProblem(path: "\(file)/\(relative)", code: refusal.code, message: refusal.message))
                continue
            }
            if let failure = crashed[object.hash] {
                let kind: DecodeError.Kind = failure.code == "reader.hung" ? .readerHung : .readerCrashed
                sources.append(
                    IngestedSource(relativePath: relative, object: object, format: nil, pages: .failure(DecodeError(kind, failure.message)))
                )
                continue
            }
            journal.began(.source(object.hash), stage: .ingest)
            let found = inspector.inspect(fileAt: store.path(of: object.hash), relative: relative)
            journal.ended(.source(object.hash))
            sources.append(IngestedSource(relativePath: relative, object: object, format: found.format, pages: found.pages))
        }
        return Result(
            document: sources.isEmpty ? nil : IngestedDocument(fileID: file, name: document.name, sources: sources), refused: refused)
    }
}
