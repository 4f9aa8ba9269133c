/// Which way up a page is, as an orientation detector sees it.
public struct OrientationEstimate: Sendable, Equatable {
    /// The clockwise rotation (0, 90, 180, 270) that makes the page upright.
    public let rotation: Int
    public let confidence: Double
    /// The script the detector saw (OSD's name: `Latin`, `Cyrillic`, ...) and how sure it is; nil when it does not say.
    public let script: String?
    public let scriptConfidence: Double?

    public init(rotation: Int, confidence: Double, script: String? = nil, scriptConfidence: Double? = nil) {
        self.rotation = rotation
        self.confidence = confidence
        self.script = script
        self.scriptConfidence = scriptConfidence
    }
}
