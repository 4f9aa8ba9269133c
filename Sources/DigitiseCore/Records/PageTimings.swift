/// Seconds spent on one page in one run, per step; zero for a step that did not run (memoised, or failed before).
public struct PageTimings: Sendable, Equatable {
    public var decode = 0.0
    public var normalise = 0.0
    public var ocr = 0.0
    /// Writing the page's output objects to the store.
    public var store = 0.0

    public init(decode: Double = 0, normalise: Double = 0, ocr: Double = 0, store: Double = 0) {
        self.decode = decode
        self.normalise = normalise
        self.ocr = ocr
        self.store = store
    }
}
