import Foundation

/// Reprocessing's work (`digitise reprocess FILE-ID`): one personal file redone from its stored originals (the
/// inbox may be long gone) into new document versions; the old ones are kept, and the summary tells what changed.
///
/// Which pages are redone: with `from`, every page from that stage on, whatever the memo holds (a rescan of the
/// same bytes, a suspected bad result); without it, exactly what the pipeline would derive differently, as in a
/// nightly run. Pages that failed after ingest are always tried again.
public struct FileWork: WorkChoice {
    public let file: FileID
    public let from: Stage?
    /// Who asked for it (recorded in the events).
    public let person: String
    let reader: any ArchiveReader

    public init(file: FileID, from: Stage?, person: String, reader: any ArchiveReader) {
        self.file = file
        self.from = from
        self.person = person
        self.reader = reader
    }

    /// The archive holds no such personal file.
    public struct UnknownFile: Error, Equatable, CustomStringConvertible {
        public let file: FileID

        public init(file: FileID) { self.file = file }

        public var description: String { "the archive holds no personal file \(file) (digitise search finds files by their text)" }
    }

    public var batchLabel: String { "reprocess \(file)" }

    public func survey(_ context: RunContext) throws {
        guard try reader.fileRecord(file) != nil else { throw UnknownFile(file: file) }
    }

    public func choose(_ survey: Void, batch: Int64, context: RunContext, progress: any RunProgress) throws -> ChosenWork {
        let catalog = context.catalog
        let changes = try catalog.versions.newVersions(ofFile: file, batch: batch)
        let processor = PageProcessor(context, redoFrom: from)
        let finished = try catalog.pages.pageKeys(ofFile: file)
        let redo: [PageJob]
        switch from {
        // A page a person transcribed keeps their text even when the stages are redone (they outrank the engine).
        case .ingest?, .normalise?, .ocr?: redo = finished.filter { !$0.transcribed }.map(\.job)
        case nil: redo = finished.filter(processor.isStale).map(\.job)
        case .classify?, .index?: redo = []
        }
        let jobs = try catalog.pages.pendingPages().filter { $0.fileID == file } + redo
        return ChosenWork(pages: jobs, classify: .file(file), redoFrom: from, versions: changes)
    }

    public func conclude(_ work: CompletedWork, context: RunContext) throws -> (summary: ReprocessSummary, status: RunStatus) {
        let catalog = context.catalog
        let store = context.store
        var diffs: [DocumentDiff] = []
        for change in work.chosen.versions {
            guard let old = try catalog.versions.documentVersion(change.previousID),
                let new = try catalog.versions.documentVersion(change.currentID)
            else {
                continue
            }
            diffs.append(try DocumentDiff.between(old, new) { String(decoding: try store.read($0), as: UTF8.self) })
        }
        let stopped = work.pages.stopped
        let status = RunStatus(stopped: stopped, partial: diffs.contains { $0.status != "done" })
        let how = from.map { "from \($0.rawValue)" } ?? "what the pipeline changes"
        let pipeline = context.pipeline
        try catalog.provenance.record(
            diffs.map { diff in
                ArchiveEvent(
                    kind: .reprocessing, at: Timestamp.now(), agent: context.program, person: person,
                    outcome: stopped != nil ? .warning : (diff.status == "done" ? .success : .warning),
                    detail: "version \(diff.version) replaces \(diff.previousVersion) (kept): redid \(how) with pipeline "
                        + "\(pipeline.name) v\(pipeline.version); \(diff.pagesChanged) of \(diff.pages) page(s) changed text, "
                        + "CER \(String(format: "%.4f", diff.textCER)) against the previous version"
                        + (stopped.map { "; stopped early (\($0.rawValue)), the rest waits for the next run" } ?? ""),
                    fileID: file.rawValue, document: diff.name)
            })
        let summary = ReprocessSummary(
            file: file.rawValue, batch: work.batch, from: from, pipeline: "\(pipeline.name) v\(pipeline.version)", person: person,
            pagesProcessed: work.pages.processed, documents: diffs, stopped: stopped, exitStatus: status.exit.rawValue)
        return (summary, status)
    }
}
