import Glibc

/// A crash (or a hang) on demand, for the tests of crash containment: it exists only in debug builds, and even there
/// acts only when `DIGITISE_TEST_FAULTS=1` is set and the file's first 64 KiB hold the marker
/// `digitise-test-crash` (SIGSEGV, as a decoder's bad pointer would) or `digitise-test-hang` (sleeps, as a decoder
/// stuck in a loop would). Release builds compile it to nothing.
enum CrashTrigger {
    static func fire(at path: String) {
        #if DEBUG
            guard let flag = getenv("DIGITISE_TEST_FAULTS"), String(cString: flag) == "1" else { return }
            let fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
            guard fd >= 0 else { return }
            var bytes = [UInt8](repeating: 0, count: 1 << 16)
            let count = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            close(fd)
            let text = String(decoding: bytes.prefix(max(0, count)), as: UTF8.self)
            if text.contains("digitise-test-crash") { raise(SIGSEGV) }
            if text.contains("digitise-test-hang") { while true { sleep(60) } }
        #endif
    }
}
