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
