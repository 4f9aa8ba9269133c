import Crypto
import DigitiseCore
import Foundation

/// Packs one personal file as a BagIt 1.0 bag: originals, derivatives and a metadata JSON per document under
/// `data/`, SHA-256 and SHA-512 payload manifests, a SHA-256 tag manifest, and `bag-info.txt`.
public struct BagExporter: Sendable {
    let store: any ObjectStoring
    let catalog: any ArchiveReader & ProvenanceLog
    let agent: String

    public init(store: any ObjectStoring, catalog: any ArchiveReader & ProvenanceLog, agent: String) {
        self.store = store
        self.catalog = catalog
        self.agent = agent
    }

    /// What a bag holds.
    public struct Summary: Sendable, Codable, Equatable {
        public let bag: String
        public let files: Int
        public let bytes: Int
    }

    /// - Throws: `ExportError` when the file is unknown, the folder is not empty, or an object is damaged.
    public func export(_ id: FileID, to folder: String, person: String?) throws -> Summary {
        guard let contents = try catalog.contents(of: id) else { throw ExportError.unknownFile(id.rawValue) }
        let writer = try PayloadWriter(bag: folder, store: store)
        for document in contents.documents {
            for source in document.sources {
                try writer.copy(source.object, to: "data/originals/" + source.relativePath)
            }
            for page in document.pages {
                let base = "data/derivatives/\(document.name)/page-\(String(format: "%04d", page.number))"
                for (role, suffix) in [("image", ".png"), ("text", ".txt"), ("hocr", ".hocr"), ("alto", ".alto.xml")] {
                    if let object = page.outputs[role] { try writer.copy(object, to: base + suffix) }
                }
            }
            let record = contents.record.documents.first { $0.name == document.name }
            let metadata = DocumentMetadata(
                file: id.rawValue, document: record,
                sources: document.sources.map { .init(path: $0.relativePath, sha256: $0.object.hash.hex) },
                events: try catalog.events(forFile: id).filter { $0.document == document.name || $0.document == nil })
            try writer.write(try JSON.encode(metadata), to: "data/metadata/\(document.name).json")
        }
        try writer.finish(info: [
            ("Bag-Software-Agent", agent), ("Bagging-Date", String(Timestamp.now().prefix(10))), ("External-Identifier", id.rawValue),
            (
                "Internal-Sender-Description",
                "Personal file \(id.rawValue): \(contents.documents.count) document(s), originals and derivatives"
            ),
        ])
        try catalog.record([
            ArchiveEvent(
                kind: .export, at: Timestamp.now(), agent: agent, person: person, outcome: .success,
                detail: "BagIt bag \(folder): \(writer.count) files, \(writer.bytes) bytes", fileID: id.rawValue)
        ])
        return Summary(bag: folder, files: writer.count, bytes: writer.bytes)
    }

    /// Copies one kind of derivative (`hocr`, `alto`, `text`, `image`) of every current page into a folder:
    /// `DIR/<document>/page-0001.<extension>`.
    public func exportDerivatives(_ id: FileID, role: String, fileExtension: String, to folder: String, person: String?) throws -> Int {
        guard let contents = try catalog.contents(of: id) else { throw ExportError.unknownFile(id.rawValue) }
        var written = 0
        for document in contents.documents {
            for page in document.pages {
                guard let object = page.outputs[role] else { continue }
                let path = "\(folder)/\(document.name)/page-\(String(format: "%04d", page.number)).\(fileExtension)"
                try FileManager.default.createDirectory(
                    atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                guard FileManager.default.createFile(atPath: path, contents: Data(try store.read(object.hash))) else {
                    throw ExportError.cannotWrite(path)
                }
                written += 1
            }
        }
        try catalog.record([
            ArchiveEvent(
                kind: .export, at: Timestamp.now(), agent: agent, person: person, outcome: .success,
                detail: "\(written) \(role) page(s) to \(folder)", fileID: id.rawValue)
        ])
        return written
    }
}
