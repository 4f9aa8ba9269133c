/// Why OCR failed for a page, or why an engine could not start.
public enum OCRError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The engine or its language models are missing or would not load: the whole run cannot go on.
    case engineUnavailable(String)
    /// The page took longer than its deadline and was cancelled.
    case timeout(seconds: Double)
    /// The engine failed on this page.
    case recognitionFailed(String)

    public var description: String {
        switch self {
        case .engineUnavailable(let why): "OCR engine unavailable: \(why)"
        case .timeout(let seconds): "OCR cancelled after the page deadline of \(Int(seconds)) s"
        case .recognitionFailed(let why): "OCR failed: \(why)"
        }
    }

    public var failure: StageFailure {
        switch self {
        case .engineUnavailable: StageFailure(stage: .ocr, code: "ocr.unavailable", message: description)
        case .timeout: StageFailure(stage: .ocr, code: "ocr.timeout", message: description)
        case .recognitionFailed: StageFailure(stage: .ocr, code: "ocr.failed", message: description)
        }
    }
}
