// Shared by the three libFuzzer harnesses (compiled into each): writes one input to a file of this process and runs
// it through ImageDecoder the way ingest does, inspect then decode every page whose header passed.
import DigitiseCore
import Glibc
import ImageCodecs

enum FuzzTarget {
    /// The limits ingest would apply, small enough that a bomb is refused from its header.
    static let limits = DecodeLimits(maxMegapixels: 20, minPagePixels: 1, maxPagesPerFile: 50, maxFileBytes: 8 << 20)

    /// One scratch file per process, reused for every input (the decoders take a path).
    nonisolated(unsafe) private static var scratch: String?

    private static func path(_ name: String) -> String {
        if let scratch { return scratch }
        let dir: String
        if access("/dev/shm", W_OK) == 0 { dir = "/dev/shm" } else if let t = getenv("TMPDIR") { dir = String(cString: t) } else { dir = "/tmp" }
        sweep(dir, prefix: "digitise-fuzz-\(name)-")
        let p = "\(dir)/digitise-fuzz-\(name)-\(getpid())"
        scratch = p
        atexit { if let p = FuzzTarget.scratch { unlink(p) } }
        return p
    }

    /// Removes the scratch files of processes that are gone: a crash ends the process with `_Exit`, past `atexit`.
    private static func sweep(_ dir: String, prefix: String) {
        guard let d = opendir(dir) else { return }
        defer { closedir(d) }
        while let entry = readdir(d) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard name.hasPrefix(prefix), let pid = pid_t(name.dropFirst(prefix.count)) else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH { unlink("\(dir)/\(name)") }
        }
    }

    /// Runs one input. Inputs of another format than `format` are skipped (returns -1: libFuzzer keeps them out of
    /// the corpus), so each harness stays on its own decoder.
    static func run(_ data: UnsafePointer<UInt8>?, _ size: Int, format: ImageFormat, name: String) -> Int32 {
        let bytes = UnsafeBufferPointer(start: data, count: data == nil ? 0 : size)
        guard FormatSniffer.sniff(bytes.prefix(16)) == .image(format) else { return -1 }
        let file = path(name)
        let fd = open(file, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { fatalError("fuzz: cannot open \(file)") }
        var done = 0
        while done < bytes.count {
            let n = write(fd, bytes.baseAddress! + done, bytes.count - done)
            guard n > 0 else { fatalError("fuzz: cannot write \(file)") }
            done += n
        }
        close(fd)
        let decoder = ImageDecoder()
        // Errors are the decoder working: only crashes, sanitizer reports, leaks and time-outs are findings.
        guard let source = try? decoder.inspect(fileAt: file, limits: limits) else { return 0 }
        for (page, header) in source.pages.enumerated() {
            guard case .success = header else { continue }
            // GreyImage's initialiser itself traps when the pixels do not match the size.
            _ = try? decoder.decode(fileAt: file, page: page, limits: limits)
        }
        return 0
    }
}
