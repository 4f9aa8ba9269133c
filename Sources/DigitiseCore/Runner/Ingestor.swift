import Foundation

/// The ingest stage: stores each source bit-exact, sniffs it, and reads its page headers.
///
/// The original bytes are stored before anything reads them, so even a file that fails every check is kept.
public struct Ingestor: Sendable {
    let store: any ObjectStoring
    let decoder: any PageImageDecoder
    let limits: DecodeLimits

    public init(store: any ObjectStoring, decoder: any PageImageDecoder, limits: DecodeLimits) {
        self.store = store
        self.decoder = decoder
        self.limits = limits
    }

    /// - Throws: only when the store cannot be written (the archive is broken, not the document).
    public func ingest(_ document: InboxDocument, of file: FileID) throws -> IngestedDocument {
        var sources: [IngestedSource] = []
        for (path, relative) in zip(document.sources, document.relativePaths) {
            let object = try store.put(fileAt: path)
            let stored = store.path(of: object.hash)
            let verdict = FormatSniffer.sniff(Self.prefix(of: stored))
            let format: ImageFormat?
            let pages: Result<[Result<PageHeader, DecodeError>], DecodeError>
            switch verdict {
            case .image(let sniffed):
                format = sniffed
                do {
                    pages = .success(try decoder.inspect(fileAt: stored, limits: limits))
                } catch {
                    pages = .failure(error)
                }
            case .empty:
                format = nil
                pages = .failure(DecodeError(.empty, "\(relative): the file is empty (0 bytes); rescan it"))
            case .notAnImage(let what):
                format = nil
                pages = .failure(
                    DecodeError(
                        .notAnImage, "\(relative): the bytes are \(what), not a TIFF, PNG or JPEG page image (the name is not trusted)"))
            }
            sources.append(IngestedSource(relativePath: relative, object: object, format: format, pages: pages))
        }
        return IngestedDocument(fileID: file, name: document.name, sources: sources)
    }

    static func prefix(of path: String) -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: path) else { return [] }
        defer { try? handle.close() }
        return Array((try? handle.read(upToCount: 16)) ?? Data())
    }
}
