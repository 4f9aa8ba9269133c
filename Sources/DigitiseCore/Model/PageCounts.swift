/// Pages tried and how many of them failed: what the failure guard weighs.
public struct PageCounts: Sendable, Equatable {
    public var tried: Int
    public var failed: Int

    public init(tried: Int = 0, failed: Int = 0) {
        self.tried = tried
        self.failed = failed
    }

    public static func + (lhs: PageCounts, rhs: PageCounts) -> PageCounts {
        PageCounts(tried: lhs.tried + rhs.tried, failed: lhs.failed + rhs.failed)
    }
}
