/// Reads the text of one normalised page.
///
/// An engine owns native resources that are not thread-safe: it is created, used and released by one worker
/// thread only. Create engines through an `OCREngineFactory` inside the worker that uses them.
public protocol OCREngine: AnyObject {
    /// Recognises `image`; gives up with `OCRError.timeout` once `deadlineSeconds` have passed.
    func recognise(_ image: GreyImage, dpi: Int, deadlineSeconds: Double) throws(OCRError) -> OCRResult
}
