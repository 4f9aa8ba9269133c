internal import CLeptonica
import Glibc
import Synchronization

/// Where page images live: in mappings of their own, outside malloc's arenas, so that a long night's memory stays
/// nearer where its first pages put it.
///
/// glibc puts buffers of up to 32 MiB inside its per-thread arenas once it has seen one freed, and the OCR workers'
/// arenas were measured filling towards their 64 MiB limit as a batch goes on (most likely because page images
/// differ a little in size from page to page, so the space one page frees is not quite what the next one asks for).
/// Here every buffer of 128 KiB or more (malloc's own starting threshold, which it otherwise raises as it goes) gets
/// a mapping of its own: Leptonica's image data (its own and Tesseract's, which links the same library) through a
/// `BufferShelf` that keeps freed ones for the next page, and every other large allocation through malloc's fixed
/// mmap threshold. The shelf is what makes the fixed threshold affordable: without it every page image is fresh
/// memory the kernel must fault in and zero, which made normalisation over half again as slow
/// (bench/results/history-memory.md).
public enum ImageMemory {
    /// Buffers of this size or more get mappings of their own.
    static let ownMappingFrom = 128 << 10
    /// What freed image buffers may hold between pages: about one page's images (the page, Tesseract's copies and
    /// thresholds of it) for each of two OCR workers.
    static let shelfBudget = 64 << 20
    /// Mapped sizes are rounded up to this, so that a page a few rows larger than the last still fits its buffers.
    static let granule = 1 << 16

    private static let installed: Void = {
        _ = mallopt(M_MMAP_THRESHOLD, Int32(ownMappingFrom))
        setPixMemoryManager(allocateImageData, releaseImageData)
    }()

    /// Call once when the process starts, before its first image. Image data Leptonica allocated earlier is still
    /// released correctly (it is not in `mapped`), so calling it late costs only the buffers it does not cover.
    public static func install() { _ = installed }
}

/// The shelf and the size of every buffer handed out from a mapping of its own (Leptonica's release call is given only
/// the address). Anything not in `mapped` came from malloc.
private struct MappedImageData {
    var shelf = BufferShelf(budget: ImageMemory.shelfBudget)
    var mapped: [UInt: Int] = [:]
}

private let imageData = Mutex(MappedImageData())

private func allocateImageData(_ size: Int) -> UnsafeMutableRawPointer? {
    guard size >= ImageMemory.ownMappingFrom else { return malloc(size) }
    let granule = ImageMemory.granule
    let wanted = (size + granule - 1) / granule * granule
    let kept = imageData.withLock { state -> BufferShelf.Buffer? in
        guard let buffer = state.shelf.take(atLeast: wanted) else { return nil }
        state.mapped[buffer.address] = buffer.size
        return buffer
    }
    if let kept { return UnsafeMutableRawPointer(bitPattern: kept.address) }
    guard let fresh = mmap(nil, wanted, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0), fresh != MAP_FAILED else {
        return nil
    }
    imageData.withLock { $0.mapped[UInt(bitPattern: fresh)] = wanted }
    return fresh
}

private func releaseImageData(_ pointer: UnsafeMutableRawPointer?) {
    guard let pointer else { return }
    let address = UInt(bitPattern: pointer)
    let released = imageData.withLock { state -> [BufferShelf.Buffer]? in
        guard let size = state.mapped.removeValue(forKey: address) else { return nil }
        return state.shelf.keep(BufferShelf.Buffer(address: address, size: size))
    }
    guard let released else {
        free(pointer)
        return
    }
    for buffer in released { munmap(UnsafeMutableRawPointer(bitPattern: buffer.address), buffer.size) }
}
