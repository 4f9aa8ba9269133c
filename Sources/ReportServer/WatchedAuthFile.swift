import Foundation
import ReportRendering
import Synchronization

/// The auth file as the server reads it: looked at again (its inode, size and modification time) on every request,
/// and re-read when it changed, so a removed line stops admitting its token at once, without a restart. A file that
/// becomes unreadable or malformed admits nobody until it is mended (fail closed), and says so once in the log.
public final class WatchedAuthFile: TokenAuthority {
    private struct Loaded {
        var stamp: [Int]
        var file: AuthFile?
    }

    public let path: String
    private let log: @Sendable (String) -> Void
    private let loaded: Mutex<Loaded>

    /// - Throws: `AuthFile.AuthError` when the file cannot be read or parsed at start (the server refuses to start).
    public init(path: String, log: @escaping @Sendable (String) -> Void) throws {
        self.path = path
        self.log = log
        loaded = Mutex(Loaded(stamp: Self.stamp(path), file: try AuthFile.load(path)))
    }

    /// The entries as last read (nil when the file is currently unusable).
    public var current: AuthFile? {
        refresh()
        return loaded.withLock { $0.file }
    }

    public func access(forToken token: String) -> Access? { current?.access(forToken: token) }

    private func refresh() {
        let now = Self.stamp(path)
        let reload = loaded.withLock { $0.stamp != now }
        guard reload else { return }
        let file: AuthFile?
        do {
            file = try AuthFile.load(path)
            log("auth file \(path) changed: re-read, \(file?.entries.count ?? 0) token(s)")
        } catch {
            file = nil
            log("auth file \(path) changed and cannot be used (\(error)): admitting nobody until it is mended")
        }
        loaded.withLock { $0 = Loaded(stamp: now, file: file) }
    }

    /// What tells a changed file: its inode (an atomic rewrite is a new one), size and modification time in ns.
    private static func stamp(_ path: String) -> [Int] {
        var s = stat()
        guard stat(path, &s) == 0 else { return [] }
        return [Int(s.st_ino), Int(s.st_size), Int(s.st_mtim.tv_sec), Int(s.st_mtim.tv_nsec)]
    }
}
