/// What the normalise stage hands on: either a page finished there (blank, failed, or its text found in the memo),
/// which goes straight to the catalog writer, or a normalised image waiting for an OCR worker.
enum PreparedPage: Sendable {
    case finished(PageOutcome)
    case toRead(PageAwaitingOCR)
}

/// A normalised page image on its way to an OCR worker, with what the OCR stage needs to key and record it.
struct PageAwaitingOCR: Sendable {
    let job: PageJob
    let image: GreyImage
    let languages: String
    let ocrKey: String
    let normalised: DerivationRecord
    let dpi: Int
    let dpiSource: String?
    var timings: PageTimings
}
