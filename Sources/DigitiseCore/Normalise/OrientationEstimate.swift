/// Which way up a page is, as an orientation detector sees it.
public struct OrientationEstimate: Sendable, Equatable {
    /// The clockwise rotation (0, 90, 180, 270) that makes the page upright.
    public let rotation: Int
    public let confidence: Double

    public init(rotation: Int, confidence: Double) {
        self.rotation = rotation
        self.confidence = confidence
    }
}
