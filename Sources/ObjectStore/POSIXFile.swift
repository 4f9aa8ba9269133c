import DigitiseCore
import Foundation

/// A file descriptor with checked calls; closes itself.
final class POSIXFile {
    private var descriptor: Int32
    let path: String

    private init(descriptor: Int32, path: String) {
        self.descriptor = descriptor
        self.path = path
    }

    convenience init(openForReading path: String) throws {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw StoreError(operation: "open", path: path, code: errno) }
        self.init(descriptor: fd, path: path)
    }

    /// Opens an inbox file the way the inbox was checked: never through a symbolic link, never waiting on a FIFO or
    /// a device, and only if it is then a regular file no larger than `maxBytes`.
    /// - Throws: `SourceRefused` (the file's fault, not the archive's).
    static func openSource(_ path: String, maxBytes: Int) throws -> POSIXFile {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            let code = errno
            switch code {
            case ELOOP:
                throw SourceRefused(
                    code: "inbox.not-a-file", message: "the file became a symbolic link after the inbox was read; not followed")
            case ENOENT: throw SourceRefused(code: "inbox.unreadable", message: "the file was moved or deleted after the inbox was read")
            default: throw SourceRefused(code: "inbox.unreadable", message: "cannot open the file: \(String(cString: strerror(code)))")
            }
        }
        let file = POSIXFile(descriptor: fd, path: path)
        var status = stat()
        guard fstat(fd, &status) == 0 else {
            throw SourceRefused(code: "inbox.unreadable", message: "cannot read the file's status: \(String(cString: strerror(errno)))")
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            throw SourceRefused(code: "inbox.not-a-file", message: "not a regular file (a FIFO, device or socket); not read")
        }
        guard Int(status.st_size) <= maxBytes else {
            throw SourceRefused(
                code: "inbox.too-large",
                message:
                    "the file is \(status.st_size) bytes, more than the \(maxBytes) a source file may have (ingest.max_file_bytes); not stored, left in the inbox"
            )
        }
        return file
    }

    /// A new, exclusive file in the staging folder.
    static func createStaging(in folder: String) throws -> (file: POSIXFile, path: String) {
        var template = Array((folder + "/object-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        let path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard fd >= 0 else { throw StoreError(operation: "create a staging file in", path: folder, code: errno) }
        return (POSIXFile(descriptor: fd, path: path), path)
    }

    deinit { close() }

    func close() {
        if descriptor >= 0 {
            _ = Foundation.close(descriptor)
            descriptor = -1
        }
    }

    func read(into buffer: inout [UInt8]) throws -> Int {
        while true {
            let n = buffer.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if n >= 0 { return n }
            if errno != EINTR { throw StoreError(operation: "read", path: path, code: errno) }
        }
    }

    func write(_ bytes: ArraySlice<UInt8>) throws {
        var offset = bytes.startIndex
        while offset < bytes.endIndex {
            let n = bytes[offset...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw StoreError(operation: "write", path: path, code: errno)
            }
            offset += n
        }
    }

    func sync() throws {
        guard fsync(descriptor) == 0 else { throw StoreError(operation: "flush", path: path, code: errno) }
    }

    func makeReadOnly() throws {
        guard fchmod(descriptor, 0o444) == 0 else { throw StoreError(operation: "make read-only", path: path, code: errno) }
    }

    /// Flushes a folder's entries, so a rename into it survives power loss.
    static func syncDirectory(_ path: String) throws {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw StoreError(operation: "open folder", path: path, code: errno) }
        defer { _ = Foundation.close(fd) }
        guard fsync(fd) == 0 else { throw StoreError(operation: "flush folder", path: path, code: errno) }
    }
}
