/// What the normalise stage hands on: either a page finished there (blank, failed, or its text found in the memo),
/// which goes straight to the catalog writer, or a normalised image waiting for an OCR worker.
enum PreparedPage: Sendable {
    case finished(PageOutcome)
    case toRead(PageAwaitingOCR)
}
