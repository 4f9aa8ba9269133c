import DigitiseCore

extension MemoryCatalog: BatchLedger {
    public func beginBatch(_ start: BatchStart) throws -> Int64 {
        try write { state in
            state.lastBatch += 1
            state.batches[state.lastBatch] = State.Batch()
            return state.lastBatch
        }
    }

    public func recordInboxProblem(_ problem: InboxProblem, batch: Int64) throws {
        try write { state in state.inboxProblems.append((batch, problem)) }
    }

    public func finishBatch(_ id: Int64, status: String, summaryJSON: String) throws {
        try write { state in
            state.batches[id]?.status = status
            state.batches[id]?.summaryJSON = summaryJSON
        }
    }

    public func summary(ofBatch id: Int64, failureLimit: Int) throws -> BatchCounts {
        try read { state in
            var counts = BatchCounts()
            let documents = (state.seen[id] ?? []).compactMap { state.documents[$0] }.filter(\.isCurrent)
            counts.files = Set(documents.map(\.fileID)).count
            counts.documents = documents.count
            var failed: [(file: FileID, name: String, page: State.Page)] = []
            for document in documents {
                for page in state.pages(of: document) {
                    counts.addPages(1, status: page.status)
                    if page.status == .failed || page.status == .unreadable { failed.append((document.fileID, document.name, page)) }
                }
            }
            let problems = state.inboxProblems.filter { $0.batch == id && $0.problem.isFailure }.map(\.problem)
            counts.inboxProblems = problems.count
            // Inbox problems first, by path, then failed pages in catalog order, `failureLimit` lines in all. (A
            // negative limit is SQLite's `LIMIT -1`: every inbox problem and no page.)
            let listed = problems.sorted { State.precedes($0.path, $1.path) }
            counts.failures = (failureLimit < 0 ? listed : Array(listed.prefix(failureLimit))).map {
                FailureLine(subject: $0.path, stage: "ingest", code: $0.code, message: $0.message)
            }
            let pageLines = failed.sorted { State.inCatalogOrder(($0.file, $0.name, $0.page.number), ($1.file, $1.name, $1.page.number)) }
            counts.failures += pageLines.prefix(max(0, failureLimit - counts.failures.count)).map { line in
                FailureLine(
                    subject: "\(line.file)/\(line.name) page \(line.page.number)", stage: line.page.error?.stage.rawValue ?? "?",
                    code: line.page.error?.code ?? "?", message: line.page.error?.message ?? "")
            }
            return counts
        }
    }
}
