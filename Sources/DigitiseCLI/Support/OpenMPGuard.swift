import Foundation

/// Tesseract from Debian uses OpenMP, which oversubscribes our one-engine-per-core workers (3-6x slower on two
/// cores). libgomp reads `OMP_THREAD_LIMIT` once, when it is loaded with the program, so setting it later is too
/// late: the program re-executes itself with the variable set before any Tesseract code runs.
enum OpenMPGuard {
    static func ensureSingleThreaded() {
        if let current = getenv("OMP_THREAD_LIMIT"), String(cString: current) == "1" { return }
        setenv("OMP_THREAD_LIMIT", "1", 1)
        execv("/proc/self/exe", CommandLine.unsafeArgv)
        // Only reached when the re-exec failed: go on, slower, and say so.
        Console.warn(
            "could not restart with OMP_THREAD_LIMIT=1 (\(String(cString: strerror(errno)))); set it in the environment for full speed")
    }
}
