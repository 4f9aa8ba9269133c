import Synchronization

/// The texts this run's pages were read to, held for the classify stage so that it does not read back from the
/// store what the run has just written. Bounded, because a night's memory must not grow with its pages: past
/// `budget` bytes the oldest texts are let go and the stage reads those from the store. A reprocessed file or an
/// evening's rescans fit whole; a long night keeps its last few thousand pages.
public final class RunTexts: Sendable {
    private let budget: Int
    /// `order[oldest...]` are the texts held, oldest first; the prefix before `oldest` is dropped now and then.
    private let held = Mutex((texts: [ObjectHash: String](), order: [ObjectHash](), oldest: 0, bytes: 0))

    /// - Parameter budget: the most UTF-8 bytes held at once.
    public init(budget: Int = 4 << 20) {
        self.budget = budget
    }

    /// Holds a page's text (the outcome of a reading), if it has one.
    func keep(_ outcome: PageOutcome) {
        let found: (DerivationRecord, String)? =
            switch outcome.result {
            case .read(_, let ocr, let text), .unreadable(_, let ocr, let text): (ocr, text)
            case .blank, .failed: nil
            }
        guard let (ocr, text) = found, let object = ocr.outputs["text"] else { return }
        held.withLock { h in
            guard h.texts[object.hash] == nil else { return }
            h.texts[object.hash] = text
            h.order.append(object.hash)
            h.bytes += text.utf8.count
            while h.bytes > budget, h.oldest < h.order.count {
                h.bytes -= h.texts.removeValue(forKey: h.order[h.oldest])?.utf8.count ?? 0
                h.oldest += 1
            }
            // Let go of the evicted names in one step once they are half the list, not one shift per page.
            if h.oldest > h.order.count / 2 {
                h.order.removeFirst(h.oldest)
                h.oldest = 0
            }
        }
    }

    /// The text of a text object, if this run holds it.
    public func text(of object: ObjectHash) -> String? {
        held.withLock { $0.texts[object] }
    }
}
