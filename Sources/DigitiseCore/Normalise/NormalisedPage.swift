/// A page ready for OCR: upright, straight, clean, at the OCR resolution; and what was done to get it there.
public struct NormalisedPage: Sendable {
    public let image: GreyImage
    public let report: NormalisationReport

    public init(image: GreyImage, report: NormalisationReport) {
        self.image = image
        self.report = report
    }
}
