import DigitiseCore

extension MemoryCatalog: RunLedger {
    public func recordAbnormalEnd(_ inHand: [InHand], cause: AbnormalEnd, limit: Int) throws -> [(name: String, failed: Bool)] {
        try write { state in
            let now = Self.now()
            var named: [(name: String, failed: Bool)] = []
            for held in inHand {
                var ends = state.abnormalEnds[held.subject] ?? State.AbnormalEnds(count: 0, stage: held.stage, cause: "", code: "")
                ends.count += 1
                ends.stage = held.stage
                ends.cause = cause.description
                ends.code = cause.code
                // Once failed, a subject stays failed: only an outcome (for a page) forgets its ends.
                if ends.count >= limit { ends.failed = true }
                state.abnormalEnds[held.subject] = ends
                let failed = ends.count >= limit
                let isPage = if case .page = held.subject { true } else { false }
                let message = AbnormalEndMessage.inHand(
                    cause: cause.description, count: ends.count, isPage: isPage, stage: held.stage, failed: failed)
                switch held.subject {
                case .page(let id):
                    guard let page = state.pages[id], let document = state.documents[page.document] else { continue }
                    named.append(("\(document.fileID)/\(document.name) page \(page.number)", failed))
                    guard failed else { continue }
                    if page.status == .pending {
                        state.pages[id]?.status = .failed
                        state.pages[id]?.error = StageFailure(stage: held.stage, code: cause.code, message: message)
                    }
                    state.rollUp(document: document.id)
                    state.events.append(
                        ArchiveEvent(
                            kind: held.stage == .ocr ? .transcription : .normalization, at: now, agent: agent, outcome: .failure,
                            detail: "\(cause.code): \(message)", fileID: document.fileID.rawValue, document: document.name,
                            page: page.number))
                case .source(let hash):
                    // Named after the latest document that holds it.
                    let holder = state.documents.values.filter { $0.sources.contains { $0.object == hash } }.max { $0.id < $1.id }
                    let path = holder.flatMap { document in
                        document.sources.first { $0.object == hash }.map { "\(document.fileID)/\($0.relativePath)" }
                    }
                    named.append((path ?? "source file \(hash.hex.prefix(12))", failed))
                }
            }
            return named
        }
    }

    public func crashedSources() throws -> [ObjectHash: StageFailure] {
        try read { state in
            var found: [ObjectHash: StageFailure] = [:]
            for case (.source(let hash), let ends) in state.abnormalEnds where ends.failed {
                found[hash] = StageFailure(
                    stage: ends.stage, code: ends.code,
                    message: AbnormalEndMessage.sourceSetAside(cause: ends.cause, count: ends.count, stage: ends.stage))
            }
            return found
        }
    }

    public func suspectPages() throws -> Set<Int64> {
        try read { state in
            var suspects: Set<Int64> = []
            for case (.page(let id), let ends) in state.abnormalEnds where !ends.failed && state.pages[id]?.status == .pending {
                suspects.insert(id)
            }
            return suspects
        }
    }

    public func closeAbandonedBatches(status: String, reason: String) throws -> Int {
        try write { state in
            let running = state.batches.filter { $0.value.status == "running" }.map(\.key)
            for id in running {
                state.batches[id]?.status = status
                if state.batches[id]?.summaryJSON == nil { state.batches[id]?.summaryJSON = CanonicalJSON.string(["stopped": reason]) }
            }
            return running.count
        }
    }
}
