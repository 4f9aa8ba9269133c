/// Turns a decoded page into the image OCR reads: resampled to the OCR resolution, turned upright, deskewed, its
/// scanner borders removed, its background evened out, binarised and despeckled, as the pipeline's parameters say.
///
/// Implementations must be safe to call from several threads at once, and must not change a page they cannot
/// judge (no text to measure skew by: no rotation).
public protocol PageNormaliser: Sendable {
    /// The implementation's identity and version, part of the normalise derivation key.
    var identity: String { get }

    /// - Parameters:
    ///   - dpi: the page's resolution, stated or assumed.
    ///   - orientation: the worker's orientation detector, when orientation detection is on.
    ///   - script: the scripts the page's languages write; only a `latin` page may be turned by a test that knows
    ///     Latin letters alone.
    func normalise(
        _ image: GreyImage, dpi: Int, parameters: PipelineDefinition.Normalise, orientation: (any OrientationDetector)?,
        script: ExpectedScript
    ) throws(NormaliseError) -> NormalisedPage

    /// The page with its background evened out and its contrast stretched to the full range: the retry ladder's
    /// `background` rung, for pale text on grey or unevenly lit paper.
    func enhanced(_ image: GreyImage, dpi: Int) throws(NormaliseError) -> GreyImage

    /// Encodes a normalised image for the store (PNG; 1 bit per pixel when bilevel).
    func encode(_ page: NormalisedPage) throws(NormaliseError) -> [UInt8]
}

extension PageNormaliser {
    /// Normalises a page whose script is not known (the orientation detector judges every turn).
    public func normalise(
        _ image: GreyImage, dpi: Int, parameters: PipelineDefinition.Normalise, orientation: (any OrientationDetector)?
    ) throws(NormaliseError) -> NormalisedPage {
        try normalise(image, dpi: dpi, parameters: parameters, orientation: orientation, script: .mixed)
    }
}
