import Glibc

/// A crash (or a hang) on demand, for the tests of crash containment: it exists only in debug builds, and even there
/// acts only when `DIGITISE_TEST_FAULTS=1` is set and the file's first 64 KiB hold a marker: when a page is decoded,
/// `digitise-test-crash` (SIGSEGV, as a decoder's bad pointer would) or `digitise-test-hang` (sleeps, as a decoder
/// stuck in a loop would); when its headers are read at ingest, `digitise-test-crash-at-ingest`.
/// Release builds compile it to nothing.
enum CrashTrigger {
    enum Moment { case inspect, decode }

    static func fire(at path: String, _ moment: Moment) {
        #if DEBUG
            guard let flag = getenv("DIGITISE_TEST_FAULTS"), String(cString: flag) == "1" else { return }
            let fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
            guard fd >= 0 else { return }
            var bytes = [UInt8](repeating: 0, count: 1 << 16)
            let count = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            close(fd)
            let text = String(decoding: bytes.prefix(max(0, count)), as: UTF8.self)
            let crash: Bool
            switch moment {
            case .inspect: crash = text.contains("digitise-test-crash-at-ingest")
            case .decode:
                crash = text.contains("digitise-test-crash")
                if text.contains("digitise-test-hang") { while true { sleep(60) } }
            }
            // A real fault, as a decoder's bad pointer would make: `raise` would return once a handler ran.
            if crash { UnsafeMutablePointer<Int>(bitPattern: 8)!.pointee = 1 }
        #endif
    }
}
