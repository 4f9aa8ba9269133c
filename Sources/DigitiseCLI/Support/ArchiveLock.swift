import DigitiseCore
import Foundation

/// One writer per archive: an exclusive `flock` on `ARCHIVE/lock`, held until the process ends (the kernel releases
/// it even after `kill -9`, so a crashed run never leaves the archive locked); the file names the holder. Commands
/// that read the whole store against the catalog (`verify`, `export`) take it shared: any number of them at once,
/// never beside a run, so they never see a half-finished state. The workers of a catalog on PostgreSQL take it
/// shared too: they write side by side (their pages under leases), and still never beside `reprocess` or a review
/// decision; `verify` may then run beside them, and checks only what the catalog already records.
final class ArchiveLock {
    let descriptor: Int32

    /// - Parameters:
    ///   - shared: a reader's lock, beside other readers but never a run.
    ///   - wait: block until the holder finishes instead of refusing.
    init(archive: String, command: String, shared: Bool = false, wait: Bool) throws {
        let path = archive + "/lock"
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw CommandFailure(status: .cannotWrite, message: "cannot open \(path): \(String(cString: strerror(errno)))")
        }
        let mode = shared ? LOCK_SH : LOCK_EX
        // A run that is ending (its last pages written, its process exiting) holds the lock a moment longer: a
        // reader gives it a few seconds before it refuses.
        var tries = shared ? 30 : 1
        while flock(fd, mode | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK else {
                close(fd)
                throw CommandFailure(status: .cannotWrite, message: "cannot lock \(path): \(String(cString: strerror(errno)))")
            }
            tries -= 1
            if tries > 0 {
                usleep(100_000)
                continue
            }
            let holder = (try? String(contentsOfFile: path, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            guard wait else {
                close(fd)
                throw CommandFailure(
                    status: .archiveLocked,
                    message:
                        "the archive \(archive) is in use by \(shared ? "a run writing to it" : "another run") (\(holder.isEmpty ? "holder unknown" : holder)); wait for it to finish, or add --wait"
                )
            }
            Console.err("digitise: waiting for the archive (held by \(holder))\n")
            guard flock(fd, mode) == 0 else {
                close(fd)
                throw CommandFailure(status: .cannotWrite, message: "cannot lock \(path): \(String(cString: strerror(errno)))")
            }
            break
        }
        descriptor = fd
        guard !shared else { return }
        let note = "pid \(getpid()), \(command), since \(Timestamp.now())\n"
        _ = ftruncate(fd, 0)
        _ = note.withCString { pwrite(fd, $0, strlen($0), 0) }
    }

    /// Takes over the lock a supervising process holds and passed on as `descriptor`: the same open file, so
    /// `flock` on it succeeds only if it really is that lock (a process cannot claim the lock by a number alone).
    /// - Parameter shared: the supervisor's lock is shared (a worker of a catalog on PostgreSQL).
    init(inherited descriptor: Int32, archive: String, shared: Bool = false) throws {
        guard flock(descriptor, (shared ? LOCK_SH : LOCK_EX) | LOCK_NB) == 0 else {
            throw CommandFailure(
                status: .archiveLocked,
                message:
                    "the archive \(archive) is not locked by this process's supervisor (descriptor \(descriptor)); run digitise run directly"
            )
        }
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }
}
