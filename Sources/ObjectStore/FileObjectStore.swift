import Crypto
import DigitiseCore
import Foundation

/// The archive's object store on a local filesystem: `objects/sha256/ab/cd/abcd…`, read-only files.
///
/// Every write goes to `tmp/` first, is flushed, renamed into place and its folder flushed: a crash leaves at most
/// a stray file in `tmp/`, never a half object under its name.
public struct FileObjectStore: ObjectStoring {
    public let root: String
    var objectsRoot: String { root + "/objects/sha256" }
    var staging: String { root + "/tmp" }

    /// Opens the store under an archive folder.
    /// - Parameter creating: make its folders if missing (every writer; a reader of a catalog on PostgreSQL, on a
    ///   machine that may not mount the store at all, leaves the file system alone).
    public init(archive root: String, creating: Bool = true) throws {
        self.root = root
        guard creating else { return }
        for folder in [root + "/objects/sha256", root + "/tmp"] {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
    }

    public func path(of hash: ObjectHash) -> String {
        let h = hash.hex
        return "\(objectsRoot)/\(h.prefix(2))/\(h.dropFirst(2).prefix(2))/\(h)"
    }

    public func put(fileAt path: String, maxBytes: Int) throws -> StoredObject {
        let source = try POSIXFile.openSource(path, maxBytes: maxBytes)
        let staged = try POSIXFile.createStaging(in: staging)
        do {
            let (hash, size) = try Self.streamHash(from: source) { try staged.file.write($0) }
            return try install(staged, hash: hash, size: size)
        } catch {
            unlink(staged.path)
            throw error
        }
    }

    public func put(_ bytes: [UInt8]) throws -> StoredObject {
        let hash = Self.hex(SHA256.hash(data: bytes))
        if let existing = ObjectHash(hex: hash), damage(of: existing, size: bytes.count) == nil {
            return StoredObject(hash: existing, size: bytes.count)
        }
        let staged = try POSIXFile.createStaging(in: staging)
        do {
            try staged.file.write(bytes[...])
            return try install(staged, hash: hash, size: bytes.count)
        } catch {
            unlink(staged.path)
            throw error
        }
    }

    public func read(_ hash: ObjectHash) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path(of: hash)) else {
            throw StoreError(operation: "read", path: path(of: hash), code: ENOENT)
        }
        return [UInt8](data)
    }

    public func check(_ hash: ObjectHash) -> FixityResult {
        let path = path(of: hash)
        guard FileManager.default.fileExists(atPath: path) else { return .missing }
        do {
            let actual = try Self.streamHash(from: try POSIXFile(openForReading: path)) { _ in }.hash
            guard actual == hash.hex else { return .corrupted(actual: ObjectHash(hex: actual)!) }
            return .intact
        } catch {
            return .unreadable("\(error)")
        }
    }

    public func allObjectHashes() -> [ObjectHash] {
        let files = (FileManager.default.enumerator(atPath: objectsRoot)?.allObjects as? [String]) ?? []
        return files.compactMap { ObjectHash(hex: ($0 as NSString).lastPathComponent) }
    }

    /// Empties the staging folder and says how many unfinished objects were in it (the space reserve is not one).
    /// Only safe while no run holds the archive (the caller holds its lock).
    public func clearStaging() throws -> Int {
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: staging)
        for name in leftovers { try FileManager.default.removeItem(atPath: staging + "/" + name) }
        return leftovers.filter { !$0.hasPrefix("space-reserve-") }.count
    }

    /// Sets 256 KiB of the archive's disk aside in `tmp/space-reserve-PID` (allocated, not sparse): enough for the
    /// catalog to close a batch that the full disk stopped. `clearStaging` removes it with the rest of `tmp/`.
    public func reserveSpace() {
        let bytes = 256 << 10
        let fd = open(spaceReserve, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return }
        defer { close(fd) }
        if posix_fallocate(fd, 0, off_t(bytes)) != 0 { unlink(spaceReserve) }
    }

    public func releaseSpaceReserve() {
        unlink(spaceReserve)
    }

    /// This process's reserve: every worker sharing the store keeps its own.
    public var spaceReserve: String { staging + "/space-reserve-\(getpid())" }

    /// Flushes a staged file and renames it to its hash, unless that object exists already, intact (dedup). A
    /// damaged copy under the name is replaced: the rename swaps it for the good bytes in one step.
    private func install(_ staged: (file: POSIXFile, path: String), hash: String, size: Int) throws -> StoredObject {
        guard let objectHash = ObjectHash(hex: hash) else { preconditionFailure("SHA-256 hex is always valid") }
        try staged.file.sync()
        try staged.file.makeReadOnly()
        staged.file.close()
        let destination = path(of: objectHash)
        let damage = self.damage(of: objectHash, size: size)
        if damage == nil {
            unlink(staged.path)
            return StoredObject(hash: objectHash, size: size)
        }
        let folder = (destination as NSString).deletingLastPathComponent
        try makeShardFolders(for: objectHash)
        guard rename(staged.path, destination) == 0 else {
            throw StoreError(operation: "rename into place", path: destination, code: errno)
        }
        try POSIXFile.syncDirectory(folder)
        return StoredObject(hash: objectHash, size: size, repairedDamage: damage == "missing" ? nil : damage)
    }

    /// What is wrong with the stored copy of an object: nil when it is intact, `missing` when there is none, or
    /// its wrong size or digest. Only an existing copy is read (the dedup case), once.
    private func damage(of hash: ObjectHash, size: Int) -> String? {
        let path = path(of: hash)
        var status = stat()
        guard stat(path, &status) == 0 else { return "missing" }
        guard Int(status.st_size) == size else { return "size \(status.st_size) bytes instead of \(size)" }
        switch check(hash) {
        case .intact: return nil
        case let other: return other.description
        }
    }

    /// Makes `objects/sha256/ab/cd` as needed, flushing each parent a folder is made in, so that the object renamed
    /// into it stays reachable after a power loss.
    private func makeShardFolders(for hash: ObjectHash) throws {
        let h = hash.hex
        var parent = objectsRoot
        for part in [String(h.prefix(2)), String(h.dropFirst(2).prefix(2))] {
            let folder = parent + "/" + part
            if mkdir(folder, 0o755) == 0 {
                try POSIXFile.syncDirectory(parent)
            } else if errno != EEXIST {
                throw StoreError(operation: "make the folder", path: folder, code: errno)
            }
            parent = folder
        }
    }

    /// Reads a file to its end in 1 MiB chunks, hashing each chunk and handing it to `body` (the one reading loop
    /// of the store: copying in and checking fixity both go through it).
    static func streamHash(from file: POSIXFile, _ body: (ArraySlice<UInt8>) throws -> Void) throws -> (hash: String, size: Int) {
        var hasher = SHA256()
        var size = 0
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = try file.read(into: &buffer)
            if count == 0 { break }
            buffer.withUnsafeBytes { hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: $0.prefix(count))) }
            try body(buffer[0..<count])
            size += count
        }
        return (hex(hasher.finalize()), size)
    }

    static func hex(_ digest: SHA256.Digest) -> String {
        digest.map { byte in
            let s = String(byte, radix: 16)
            return s.count == 1 ? "0" + s : s
        }.joined()
    }
}
