import DigitiseCore
import Foundation

extension MemoryCatalog {
    /// The catalog's tables, as plain values. Ids count up from 1 per table, as SQLite's do.
    struct State {
        struct Batch {
            var status = "running"
            var summaryJSON: String?
        }

        struct Source {
            let relativePath: String
            let object: ObjectHash
            let format: ImageFormat?
        }

        struct Document {
            let id: Int64
            let fileID: FileID
            let name: String
            let version: Int
            var isCurrent = true
            /// What registering the same sources again is recognised by.
            let sourcesKey: String
            let sources: [Source]
            /// `pending`, `failed`, `partial` or `done` (`rollUp`).
            var status = "pending"
            var documentClass: String?
            var probability: Double?
            var kind: String?
            var review = false
            var reviewReason: String?
            var classifyKey: String?
            var classifiedAt: String?
            var decidedBy: String?
            var identifiers: [Identifier] = []
            let createdAt: String
            /// The page ids, in page order.
            var pages: [Int64] = []
        }

        struct Page {
            let id: Int64
            let document: Int64
            let number: Int
            let sourceObject: ObjectHash
            let sourcePage: Int
            var width: Int?
            var height: Int?
            var dpi: Int?
            var dpiSource: String?
            var status: PageStatus
            var error: StageFailure?
            var normaliseKey: String?
            var ocrKey: String?
            var ocrConfidence: Int?
            /// The full-text index's copy of the text: only the pages of current documents have one, as in SQLite.
            var indexedText: String?
            var mark: PageMark?
            var markedBy: String?
        }

        struct Derivation {
            let stage: Stage
            let resultJSON: String
            var outputs: [String: ObjectHash]
        }

        struct AbnormalEnds {
            var count: Int
            var stage: Stage
            var cause: String
            var code: String
            var failed = false
        }

        var batches: [Int64: Batch] = [:]
        var inboxProblems: [(batch: Int64, problem: InboxProblem)] = []
        /// Personal files and their roll-up (`holds_asylum`).
        var files: [FileID: Bool] = [:]
        var documents: [Int64: Document] = [:]
        var pages: [Int64: Page] = [:]
        /// Which documents each batch saw.
        var seen: [Int64: Set<Int64>] = [:]
        var derivations: [String: Derivation] = [:]
        /// Object sizes, as first recorded.
        var objects: [ObjectHash: Int] = [:]
        var events: [ArchiveEvent] = []
        var decisions: [ReviewDecision] = []
        var abnormalEnds: [AttemptSubject: AbnormalEnds] = [:]
        var lastBatch: Int64 = 0
        var lastDocument: Int64 = 0
        var lastPage: Int64 = 0
    }
}

// MARK: - Reads shared by the ports

extension MemoryCatalog.State {
    /// SQLite's `ORDER BY` on text: byte order of the UTF-8.
    static func precedes(_ a: String, _ b: String) -> Bool { a.utf8.lexicographicallyPrecedes(b.utf8) }

    /// File, then document name, then page number: the order the catalog lists pages in.
    static func inCatalogOrder(_ a: (file: FileID, name: String, number: Int), _ b: (file: FileID, name: String, number: Int)) -> Bool {
        if a.file != b.file { return precedes(a.file.rawValue, b.file.rawValue) }
        if a.name != b.name { return precedes(a.name, b.name) }
        return a.number < b.number
    }

    var currentDocuments: [Document] { documents.values.filter(\.isCurrent) }

    /// The roll-up: a personal file holding any current asylum document holds asylum documentation.
    mutating func rollUpAsylum(_ file: FileID) {
        files[file] = currentDocuments.contains { $0.fileID == file && $0.documentClass == DocumentClass.asylum.rawValue }
    }

    func current(file: FileID, name: String) -> Document? {
        documents.values.first { $0.isCurrent && $0.fileID == file && $0.name == name }
    }

    func pages(of document: Document) -> [Page] { document.pages.compactMap { pages[$0] } }

    func job(_ page: Page, in document: Document) -> PageJob {
        PageJob(
            pageID: page.id, fileID: document.fileID, documentName: document.name, number: page.number, sourceObject: page.sourceObject,
            sourcePage: page.sourcePage)
    }

    func keys(_ page: Page, in document: Document) -> PageKeys {
        PageKeys(
            job: job(page, in: document), normaliseKey: page.normaliseKey, ocrKey: page.ocrKey,
            normalisedImage: page.normaliseKey.flatMap { derivations[$0]?.outputs["image"] }, transcribed: page.mark == .transcribed)
    }

    /// A page as the document stages see it: its text object only when it is done (a failed redo keeps its old OCR
    /// key, but has no text now).
    func textPage(_ page: Page) -> TextPage {
        TextPage(
            number: page.number, status: page.status,
            text: page.status == .done ? page.ocrKey.flatMap { derivations[$0]?.outputs["text"] } : nil)
    }

    func storedObject(_ hash: ObjectHash) -> StoredObject { StoredObject(hash: hash, size: objects[hash] ?? 0) }

    /// The personal files that hold an object: as an original, or as a page's derivative, in any version.
    func dependentFiles(of hash: ObjectHash) -> [FileID] {
        var files: Set<FileID> = []
        for document in documents.values where document.sources.contains(where: { $0.object == hash }) { files.insert(document.fileID) }
        for page in pages.values {
            let keys = [page.normaliseKey, page.ocrKey].compactMap { $0 }
            guard keys.contains(where: { derivations[$0]?.outputs.values.contains(hash) == true }),
                let document = documents[page.document]
            else { continue }
            files.insert(document.fileID)
        }
        return files.sorted()
    }
}

// MARK: - Writes shared by the ports

extension MemoryCatalog.State {
    mutating func markSeen(document: Int64, batch: Int64) {
        seen[batch, default: []].insert(document)
    }

    /// A document is `pending` while any page waits, `failed` when every page failed, `partial` when some did,
    /// and `done` otherwise (a document without pages too, as SQLite's sums over no rows say).
    mutating func rollUp(document id: Int64) {
        guard let document = documents[id] else { return }
        let statuses = pages(of: document).map(\.status)
        let notRead = statuses.filter { $0 == .failed || $0 == .unreadable }.count
        let status =
            if statuses.contains(.pending) {
                "pending"
            } else if !statuses.isEmpty && notRead == statuses.count {
                "failed"
            } else if notRead > 0 {
                "partial"
            } else {
                "done"
            }
        documents[id]?.status = status
    }

    /// Records a derivation and its outputs; one already recorded keeps what it had (outputs of new roles are added).
    mutating func store(_ derivation: DerivationRecord, agent: String, at now: String) {
        var record = derivations[derivation.key] ?? Derivation(stage: derivation.stage, resultJSON: derivation.resultJSON, outputs: [:])
        for (role, object) in derivation.outputs {
            if objects[object.hash] == nil { objects[object.hash] = object.size }
            if record.outputs[role] == nil { record.outputs[role] = object.hash }
        }
        derivations[derivation.key] = record
        for object in derivation.outputs.values { recordRepair(of: object, agent: agent, at: now) }
    }

    /// Why the model classified a document as it did: its classify derivation's explanation.
    func explanation(of document: Document) -> Classification.Explanation? {
        document.classifyKey.flatMap { derivations[$0] }.flatMap {
            try? JSONDecoder().decode(Classification.self, from: Data($0.resultJSON.utf8))
        }?.explanation
    }

    /// Forgets a document's class (its text changed), until the next classify stage decides it again.
    mutating func clearClassification(document id: Int64) {
        guard documents[id]?.classifyKey != nil else { return }
        documents[id]?.documentClass = nil
        documents[id]?.probability = nil
        documents[id]?.kind = nil
        documents[id]?.review = false
        documents[id]?.reviewReason = nil
        documents[id]?.classifyKey = nil
        documents[id]?.decidedBy = nil
        documents[id]?.identifiers = []
    }

    /// A fixity event for every personal file that holds an object the store found damaged and rewrote.
    mutating func recordRepair(of object: StoredObject, agent: String, at now: String) {
        guard let damage = object.repairedDamage else { return }
        let files = dependentFiles(of: object.hash)
        for file in files.isEmpty ? [nil] : files.map(Optional.some) {
            events.append(
                ArchiveEvent(
                    kind: .fixityCheck, at: now, agent: agent, outcome: .success,
                    detail: object.repairDetail(damage),
                    fileID: file?.rawValue, object: object.hash.hex))
        }
    }
}
