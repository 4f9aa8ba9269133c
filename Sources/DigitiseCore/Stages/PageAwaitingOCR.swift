/// A normalised page image on its way to an OCR worker, with what the OCR stage needs to key and record it.
struct PageAwaitingOCR: Sendable {
    let job: PageJob
    let image: GreyImage
    let languages: String
    let ocrKey: String
    let normalised: DerivationRecord
    let dpi: Int
    /// Taken as upright by a detector blind to this page's script being upside down (`ReadingLadder.read`).
    let uprightUnconfirmed: Bool
    /// The page's dark pixels (its normalisation's ink coverage): how much text a reading should find.
    let inkPixels: Int
    let dpiSource: String?
    var timings: PageTimings
}
