/// Checks an inbox in place: reads every file's header, stores nothing, writes nothing.
public struct Preflight: Sendable {
    let inspector: SourceInspector

    public init(decoder: any PageImageDecoder, limits: DecodeLimits) {
        inspector = SourceInspector(decoder: decoder, limits: limits)
    }

    /// - Throws: `InboxScanner.ScanError` when the inbox itself cannot be read.
    public func check(inbox: String) throws -> PreflightReport {
        let scan = try InboxScanner().scan(inbox: inbox)
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
