#if canImport(Glibc)
    import Glibc
#endif

/// Hands freed heap memory back to the system. glibc keeps freed memory for reuse; after a worker drops its
/// engines (hundreds of megabytes of models and caches), trimming keeps the process's resident size honest.
/// (`malloc_trim` is declared in malloc.h, which Swift's Glibc module does not include: it is looked up once.)
enum MemoryTrim {
    private typealias Trim = @convention(c) (Int) -> Int32

    private static let trim: Trim? = {
        #if canImport(Glibc)
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return nil }
            return unsafeBitCast(symbol, to: Trim.self)
        #else
            return nil
        #endif
    }()

    static func returnFreedMemory() {
        _ = trim?(0)
    }
}
