import DigitiseCore
import Foundation
import Synchronization

/// The object store in memory, for run-engine tests. Objects are named by their real SHA-256 (computed in plain
/// Swift: TestSupport does not link swift-crypto), so a hash a test computes elsewhere names the same object.
///
/// The bytes in memory are the store's truth; each object is also written, once, to a temporary folder, because
/// decoders read files (`path(of:)`). Nothing damages the bytes in memory, so `check` finds every object intact
/// and `repairedDamage` is never set: fixity and repair are `FileObjectStore`'s to test.
public final class MemoryObjectStore: ObjectStoring {
    private let objects = Mutex<[ObjectHash: [UInt8]]>([:])
    /// Where the objects are mirrored as files, removed with the store.
    private let folder = NSTemporaryDirectory() + "digitise-objects-\(UUID().uuidString)"

    /// Not throwing, so that a test can make one where it declares it; a folder that cannot be made fails the
    /// first `put`, with the file system's own error.
    public init() {
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: folder)
    }

    public func put(fileAt path: String, maxBytes: Int) throws -> StoredObject {
        // As `FileObjectStore`: never through a link, never a FIFO or device, never more than `maxBytes`.
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: path)
        } catch {
            throw SourceRefused(code: "inbox.unreadable", message: "the file was moved or deleted after the inbox was read")
        }
        switch attributes[.type] as? FileAttributeType {
        case .typeRegular?: break
        case .typeSymbolicLink?:
            throw SourceRefused(code: "inbox.not-a-file", message: "the file became a symbolic link after the inbox was read; not followed")
        default: throw SourceRefused(code: "inbox.not-a-file", message: "not a regular file (a FIFO, device or socket); not read")
        }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        guard size <= maxBytes else {
            throw SourceRefused(
                code: "inbox.too-large",
                message: "the file is \(size) bytes, more than the \(maxBytes) a source file may have (ingest.max_file_bytes); not stored")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SourceRefused(code: "inbox.unreadable", message: "cannot read the file")
        }
        return try put([UInt8](data))
    }

    public func put(_ bytes: [UInt8]) throws -> StoredObject {
        let hash = Self.sha256(bytes)
        try objects.withLock { objects in
            guard objects[hash] == nil else { return }
            // Written before the object is known, so no reader is given a path to a file not yet there.
            try Data(bytes).write(to: URL(fileURLWithPath: path(of: hash)), options: .atomic)
            objects[hash] = bytes
        }
        return StoredObject(hash: hash, size: bytes.count)
    }

    public func path(of hash: ObjectHash) -> String { folder + "/" + hash.hex }

    public func read(_ hash: ObjectHash) throws -> [UInt8] {
        guard let bytes = objects.withLock({ $0[hash] }) else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path(of: hash)])
        }
        return bytes
    }

    public func check(_ hash: ObjectHash) -> FixityResult {
        objects.withLock { $0[hash] == nil } ? .missing : .intact
    }

    public func allObjectHashes() -> [ObjectHash] {
        objects.withLock { Array($0.keys) }
    }
}
