/// Reads the text of one normalised page.
///
/// An engine owns native resources that are not thread-safe: it is created, used and released by one worker
/// thread only. Create engines through an `OCREngineFactory` inside the worker that uses them.
public protocol OCREngine: AnyObject {
    /// Recognises `image` with the engine's settings changed as `settings` says (for this call only); gives up
    /// with `OCRError.timeout` once `deadlineSeconds` have passed.
    func recognise(_ image: GreyImage, dpi: Int, deadlineSeconds: Double, settings: RecognitionSettings) throws(OCRError) -> OCRResult
}

extension OCREngine {
    /// Recognises `image` with the engine's own settings.
    public func recognise(_ image: GreyImage, dpi: Int, deadlineSeconds: Double) throws(OCRError) -> OCRResult {
        try recognise(image, dpi: dpi, deadlineSeconds: deadlineSeconds, settings: .standard)
    }
}
