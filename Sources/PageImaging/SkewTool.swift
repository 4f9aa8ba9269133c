import DigitiseCore

/// Skew measurement and rotation on their own, for tests and tools (the normaliser uses the same functions).
public enum SkewTool {
    /// The skew Leptonica finds in a page, in degrees, and its confidence (nil when there is too little to judge).
    public static func measure(_ image: GreyImage, maxDegrees: Double = 15) throws(NormaliseError) -> (degrees: Double, confidence: Double?)
    {
        let (degrees, confidence) = try LeptonicaNormaliser.measureSkew(try Pix(image, dpi: 300), maxDegrees: maxDegrees)
        return (Double(degrees), confidence.map(Double.init))
    }

    /// The page rotated by `degrees` in the same sense the normaliser applies a measured skew.
    public static func rotate(_ image: GreyImage, degrees: Double) throws(NormaliseError) -> GreyImage {
        try LeptonicaNormaliser.rotate(try Pix(image, dpi: 300), degrees: Float(degrees)).grey(dpi: 300)
    }
}
