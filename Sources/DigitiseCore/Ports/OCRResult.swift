/// What one recognition pass produced for a page.
public struct OCRResult: Sendable, Equatable {
    /// Plain UTF-8 text in reading order.
    public let text: String
    /// hOCR (XHTML) with word boxes and confidences.
    public let hocr: String
    /// ALTO XML (the library world's layout format) from the same recognition pass.
    public let alto: String
    /// Mean word confidence, 0-100.
    public let meanConfidence: Int

    public init(text: String, hocr: String, alto: String = "", meanConfidence: Int) {
        self.text = text
        self.hocr = hocr
        self.alto = alto
        self.meanConfidence = meanConfidence
    }
}
