import Foundation

/// The queue between two stage pools: producers block while it holds `capacity` items (back-pressure, so a fast
/// stage cannot pile pages up in memory ahead of a slow one), consumers block while it is empty.
///
/// `finish()` says no more items will come (consumers drain what is left, then get nil); `cancel()` abandons it
/// (an error in either pool): blocked producers and consumers return at once.
///
/// A taken item leaves the hand-off at once. Left in the array until the hand-off ran empty, which a busy night
/// seldom lets happen, every page image handed to OCR would stay alive until then, far more of them than the
/// capacity (heaptrack saw them in a long run's largest snapshot: bench/results/history-memory.md).
final class BoundedHandOff<Item: Sendable>: @unchecked Sendable {
    // @unchecked: every stored property is read and written only with `condition` locked.
    private let condition = NSCondition()
    private let capacity: Int
    /// Oldest first; never more than `capacity`, so taking from the front is cheap.
    private var items: [Item] = []
    private var finished = false
    private var cancelled = false

    init(capacity: Int) { self.capacity = max(1, capacity) }

    /// Adds an item, waiting for room; false when the hand-off was cancelled (the item is dropped).
    @discardableResult
    func put(_ item: Item) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while items.count >= capacity && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        items.append(item)
        condition.broadcast()
        return true
    }

    /// The next item, waiting for one; nil once the hand-off is finished and drained, or cancelled.
    func take() -> Item? {
        condition.lock()
        defer { condition.unlock() }
        while items.isEmpty && !finished && !cancelled { condition.wait() }
        guard !cancelled, !items.isEmpty else { return nil }
        let item = items.removeFirst()
        condition.broadcast()
        return item
    }

    /// Whether the hand-off was abandoned: producers stop making items nobody will take.
    var isCancelled: Bool {
        condition.lock()
        defer { condition.unlock() }
        return cancelled
    }

    /// No more items will be put.
    func finish() {
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// Abandons the hand-off: every waiting `put` and `take` returns now.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }
}
