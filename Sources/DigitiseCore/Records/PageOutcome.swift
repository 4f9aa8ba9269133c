/// What became of one page.
public struct PageOutcome: Sendable {
    public enum Result: Sendable {
        /// Read: the normalisation and the OCR derivations, and the text itself for the full-text index.
        case read(normalised: DerivationRecord, ocr: DerivationRecord, text: String)
        /// Read, but no reading of the retry ladder found text: kept with the best
        /// reading's text, recorded as `unreadable` (code `ocr.no-text`), sent to review.
        case unreadable(normalised: DerivationRecord, ocr: DerivationRecord, text: String)
        /// Normalised and found blank: no OCR.
        case blank(normalised: DerivationRecord)
        /// Failed, after normalisation when the failure came later (OCR).
        case failed(StageFailure, normalised: DerivationRecord?)
    }

    public let pageID: Int64
    public let result: Result
    /// The resolution the page was read at, and whether it came from the file or the pipeline's default.
    public let dpi: Int?
    public let dpiSource: String?
    /// Seconds spent per step on this page in this run (0 when memoised).
    public let timings: PageTimings
    /// True when the result was found in the memo of identical earlier derivations, not computed now.
    public let isMemoised: Bool

    public init(
        pageID: Int64, result: Result, dpi: Int? = nil, dpiSource: String? = nil, timings: PageTimings = PageTimings(),
        isMemoised: Bool = false
    ) {
        self.pageID = pageID
        self.result = result
        self.dpi = dpi
        self.dpiSource = dpiSource
        self.timings = timings
        self.isMemoised = isMemoised
    }
}

extension PageOutcome.Result {
    /// `read` or `unreadable`, as the OCR derivation's summary says.
    public static func reading(normalised: DerivationRecord, ocr: DerivationRecord, text: String) -> Self {
        ocr.result(as: OCRSummary.self)?.unreadable == true
            ? .unreadable(normalised: normalised, ocr: ocr, text: text) : .read(normalised: normalised, ocr: ocr, text: text)
    }

    /// The failure an unreadable page is recorded with.
    public static let noText = StageFailure(
        stage: .ocr, code: "ocr.no-text",
        message: "no reading of the page found text (see the ladder in `digitise show`); rescan it or transcribe it")

    public var status: PageStatus {
        switch self {
        case .read: .done
        case .unreadable: .unreadable
        case .blank: .blank
        case .failed: .failed
        }
    }
}
