import Foundation

/// Measures how long a step takes and adds it to a timing.
enum Stopwatch {
    static func time<T, E: Error>(_ total: inout Double, _ body: () throws(E) -> T) throws(E) -> T {
        let clock = ContinuousClock()
        let start = clock.now
        defer { total += (clock.now - start).inSeconds }
        return try body()
    }
}

extension Duration {
    /// The duration as a number of seconds, for timings and rates.
    public var inSeconds: Double {
        let (s, attoseconds) = components
        return Double(s) + Double(attoseconds) / 1e18
    }
}
