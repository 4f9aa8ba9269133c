import Crypto
import DigitiseCore
import Foundation

/// Writes a bag's files and keeps its manifests: every payload file's SHA-256 and SHA-512 as it is written.
final class PayloadWriter {
    let bag: String
    let store: any ObjectStoring
    private var manifest256: [(String, String)] = []
    private var manifest512: [(String, String)] = []
    private(set) var bytes = 0
    var count: Int { manifest256.count }

    init(bag: String, store: any ObjectStoring) throws {
        self.bag = bag
        self.store = store
        if let existing = try? FileManager.default.contentsOfDirectory(atPath: bag), !existing.isEmpty { throw ExportError.notEmpty(bag) }
        try FileManager.default.createDirectory(atPath: bag + "/data", withIntermediateDirectories: true)
    }

    /// Copies a stored object into the payload, checking on the way that it still matches its name.
    func copy(_ object: StoredObject, to path: String) throws {
        let bytes = try store.read(object.hash)
        guard hex(SHA256.hash(data: bytes)) == object.hash.hex else { throw ExportError.damaged(object.hash.hex) }
        try write(bytes, to: path)
    }

    func write(_ data: [UInt8], to path: String) throws {
        let full = bag + "/" + path
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        guard FileManager.default.createFile(atPath: full, contents: Data(data)) else { throw ExportError.cannotWrite(full) }
        manifest256.append((hex(SHA256.hash(data: data)), path))
        manifest512.append((hex(SHA512.hash(data: data)), path))
        bytes += data.count
    }

    /// Writes `bagit.txt`, `bag-info.txt` (with Payload-Oxum), the payload manifests and the tag manifest.
    func finish(info: [(String, String)]) throws {
        func lines(_ entries: [(String, String)]) -> String {
            entries.sorted { $0.1 < $1.1 }.map { "\($0.0)  \(Self.encode($0.1))" }.joined(separator: "\n") + "\n"
        }
        let tags: [(String, String)] = [
            ("bagit.txt", "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"),
            ("bag-info.txt", (info + [("Payload-Oxum", "\(bytes).\(count)")]).map { "\($0.0): \($0.1)" }.joined(separator: "\n") + "\n"),
            ("manifest-sha256.txt", lines(manifest256)),
            ("manifest-sha512.txt", lines(manifest512)),
        ]
        var tagManifest: [(String, String)] = []
        for (name, text) in tags {
            let data = Array(text.utf8)
            guard FileManager.default.createFile(atPath: bag + "/" + name, contents: Data(data)) else {
                throw ExportError.cannotWrite(name)
            }
            tagManifest.append((hex(SHA256.hash(data: data)), name))
        }
        let text = Array(lines(tagManifest).utf8)
        guard FileManager.default.createFile(atPath: bag + "/tagmanifest-sha256.txt", contents: Data(text)) else {
            throw ExportError.cannotWrite("tagmanifest-sha256.txt")
        }
    }

    /// BagIt 1.0: CR, LF and % in manifest paths are percent-encoded.
    static func encode(_ path: String) -> String {
        path.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\n", with: "%0A").replacingOccurrences(
            of: "\r", with: "%0D")
    }

    private func hex(_ digest: some Digest) -> String {
        digest.map { String(format: "%02x", $0) }.joined()
    }
}
