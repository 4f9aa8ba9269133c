import DigitiseCore

/// An orientation detector that only counts how often it is asked, and never knows.
public final class OrientationDetectorSpy: OrientationDetector {
    public private(set) var calls = 0

    public init() {}

    public func detect(_ image: GreyImage, dpi: Int) -> OrientationEstimate? {
        calls += 1
        return nil
    }
}
