/// Freed image buffers kept for the next page, up to a byte budget.
///
/// A page's images come and go in the same few sizes (the page, its binary copy, its reduced copies), so a buffer
/// freed by one page is what the next one asks for. Keeping a few avoids mapping fresh memory, which the kernel must
/// fault in and zero page by page; the budget bounds what they hold. The shelf only does the bookkeeping: it never
/// touches the memory behind an address.
struct BufferShelf {
    struct Buffer: Equatable {
        let address: UInt
        let size: Int
    }

    let budget: Int
    /// Oldest first.
    private(set) var buffers: [Buffer] = []
    private(set) var bytes = 0

    init(budget: Int) { self.budget = budget }

    /// The smallest kept buffer that holds `size` bytes and wastes less than its own size; nil when none does.
    mutating func take(atLeast size: Int) -> Buffer? {
        let fitting = buffers.indices.filter { buffers[$0].size >= size && buffers[$0].size < 2 * size }
        guard let best = fitting.min(by: { buffers[$0].size < buffers[$1].size }) else { return nil }
        bytes -= buffers[best].size
        return buffers.remove(at: best)
    }

    /// Keeps `buffer`, making room by giving up the longest-kept ones; returns what the caller must now release
    /// (the buffer itself when it is larger than the whole budget).
    mutating func keep(_ buffer: Buffer) -> [Buffer] {
        guard buffer.size <= budget else { return [buffer] }
        var released: [Buffer] = []
        while bytes + buffer.size > budget {
            let oldest = buffers.removeFirst()
            bytes -= oldest.size
            released.append(oldest)
        }
        buffers.append(buffer)
        bytes += buffer.size
        return released
    }
}
