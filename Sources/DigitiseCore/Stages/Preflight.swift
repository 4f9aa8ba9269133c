/// Checks an inbox in place: reads every file's header, stores nothing, writes nothing.
public struct Preflight: Sendable {
    let reader: any InboxReading
    let inspector: SourceInspector

    public init(reader: any InboxReading, decoder: any PageImageDecoder, limits: DecodeLimits) {
        self.reader = reader
        inspector = SourceInspector(decoder: decoder, limits: limits)
    }

    /// - Throws: `InboxReadError` when the inbox itself cannot be read.
    public func check(inbox: String) throws -> PreflightReport {
        let scan = try reader.scan(inbox: inbox)
        var problems = scan.problems.map(PreflightProblem.init)
        var documents = 0
        var pages = 0
        for file in scan.files {
            for document in file.documents {
                documents += 1
                for (path, relative) in zip(document.sources, document.relativePaths) {
                    let found = inspector.inspect(fileAt: path, relative: relative)
                    pages += found.pages.pageCount
                    problems += PreflightProblem.of(found.pages, path: "\(file.id)/\(relative)")
                }
            }
        }
        return PreflightReport(inbox: inbox, files: scan.files.count, documents: documents, pages: pages, problems: problems)
    }
}
