/// Finds a page's orientation (Tesseract's OSD). Owned by one worker thread, like an OCR engine.
public protocol OrientationDetector: AnyObject {
    /// - Returns: nil when the page holds too little text to judge.
    func detect(_ image: GreyImage, dpi: Int) -> OrientationEstimate?
}
