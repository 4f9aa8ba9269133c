import DigitiseCore
import Glibc

/// A source file opened the way the inbox was checked: never through a symbolic link (`O_NOFOLLOW`), never waiting
/// on a FIFO or a device (`O_NONBLOCK`), and only if `fstat` then says it is a regular file. A file swapped for
/// something else after the inbox scan is refused with a reason, not followed or waited on.
///
/// Owns its descriptor; closes it in `deinit`.
final class SourceFile {
    let descriptor: Int32
    let path: String
    /// The file's size when it was opened.
    let size: Int

    init(path: String, limits: DecodeLimits) throws(DecodeError) {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            let code = errno
            switch code {
            case ELOOP:
                throw DecodeError(.notAFile, "\(path) is a symbolic link (it was not when the inbox was read); not followed")
            case ENOENT: throw DecodeError(.unreadable, "\(path) is gone (moved or deleted after the inbox was read)")
            default: throw DecodeError(.unreadable, "cannot open \(path): \(String(cString: strerror(code)))")
            }
        }
        var status = stat()
        guard fstat(fd, &status) == 0 else {
            let code = errno
            close(fd)
            throw DecodeError(.unreadable, "cannot read the status of \(path): \(String(cString: strerror(code)))")
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            close(fd)
            throw DecodeError(.notAFile, "\(path) is \(Self.kind(of: status.st_mode)), not a regular file; not read")
        }
        let size = Int(status.st_size)
        do throws(DecodeError) {
            if size == 0 { throw DecodeError(.empty, "the file is empty (0 bytes); rescan it") }
            try limits.check(fileBytes: size)
        } catch {
            close(fd)
            throw error
        }
        descriptor = fd
        self.path = path
        self.size = size
    }

    deinit { close(descriptor) }

    /// Up to `count` bytes from `offset`, without moving the file position.
    func read(count: Int, at offset: Int = 0) throws(DecodeError) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let n = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress! + done, count - done, off_t(offset + done)) }
            if n == 0 { break }
            if n < 0 {
                if errno == EINTR { continue }
                throw DecodeError(.unreadable, "cannot read \(path): \(String(cString: strerror(errno)))")
            }
            done += n
        }
        return Array(bytes.prefix(done))
    }

    /// The whole file, as it was sized when opened.
    func readAll() throws(DecodeError) -> [UInt8] { try read(count: size) }

    private static func kind(of mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFIFO: "a FIFO (named pipe)"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFSOCK: "a socket"
        case S_IFDIR: "a folder"
        default: "not a regular file"
        }
    }
}
