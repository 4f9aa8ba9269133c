/// How one recognition call differs from the engine's pipeline settings (the retry ladder's rungs).
public struct RecognitionSettings: Sendable, Equatable {
    /// Tesseract's `thresholding_method`: how it turns the grey page into black and white.
    public enum Thresholding: Int, Sendable {
        case otsu = 0
        case localOtsu = 1
        case sauvola = 2
    }

    public var thresholding: Thresholding
    /// A page segmentation mode other than the pipeline's; nil keeps the pipeline's.
    public var pageSegmentationMode: Int?

    public init(thresholding: Thresholding = .otsu, pageSegmentationMode: Int? = nil) {
        self.thresholding = thresholding
        self.pageSegmentationMode = pageSegmentationMode
    }

    /// The pipeline's own settings: what a first reading uses.
    public static let standard = RecognitionSettings()
}
