/// A finished page with the derivation keys its current results came from, to tell whether the pipeline in force
/// would derive them differently.
public struct PageKeys: Sendable, Equatable {
    public let job: PageJob
    public let normaliseKey: String?
    public let ocrKey: String?
    /// The normalised image the current OCR read.
    public let normalisedImage: ObjectHash?
    /// Its text was typed by a person (`UnreadablePages.transcribe`): no pipeline reads it again.
    public let transcribed: Bool

    public init(job: PageJob, normaliseKey: String?, ocrKey: String?, normalisedImage: ObjectHash?, transcribed: Bool = false) {
        self.transcribed = transcribed
        self.job = job
        self.normaliseKey = normaliseKey
        self.ocrKey = ocrKey
        self.normalisedImage = normalisedImage
    }
}
