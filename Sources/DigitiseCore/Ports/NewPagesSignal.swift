/// Tells a worker waiting on a shared catalog that pages were added (`digitise work --follow`), so that it need
/// not poll the catalog.
public protocol NewPagesSignal: Sendable {
    /// Waits until pages are added or `timeout` passes; says whether pages were added since the last call (or since
    /// the signal was made, for the first).
    func waitForNewPages(upTo timeout: Duration) -> Bool
}
