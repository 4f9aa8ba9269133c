/// Counts of grey levels over some pixels, and the level where a given count is reached: a line's median
/// (`BorderFinder`), a tile's paper (`PaperEvenness`), a page's darkest percent (`LeptonicaNormaliser.enhanced`).
struct GreyHistogram {
    private(set) var counts = [Int](repeating: 0, count: 256)
    private(set) var total = 0

    mutating func add(_ level: UInt8) {
        counts[Int(level)] += 1
        total += 1
    }

    /// The pixels darker than `level`.
    func count(below level: Int) -> Int { counts[0..<max(0, min(256, level))].reduce(0, +) }

    /// The first level, walking from black up (or from white down), at which `count` pixels have been passed,
    /// that level's included; the last level when there are fewer.
    func level(reaching count: Int, fromDark: Bool) -> Int {
        var seen = 0
        var level = fromDark ? 0 : 255
        while fromDark ? level < 255 : level > 0, seen + counts[level] < count {
            seen += counts[level]
            level += fromDark ? 1 : -1
        }
        return level
    }
}
