/// The memo key of a stage output: everything that can change it, in one canonical string.
///
/// Two derivations with the same key produce the same output, so a key found in the catalog means the work was
/// already done. Change a parameter, the engine or a model, and the key changes with it.
public enum DerivationKey {
    /// The OCR stage's version: bump it when the code changes what OCR produces from the same inputs.
    public static let ocrStageVersion = 1

    public static func ocr(source: ObjectHash, page: Int, pipeline: PipelineDefinition, engine: String) -> String {
        let parameters = [
            "default_dpi=\(pipeline.normalise.defaultDPI)",
            "languages=\(pipeline.ocr.languages)",
            "psm=\(pipeline.ocr.pageSegmentationMode)",
        ].joined(separator: ";")
        return "ocr/v\(ocrStageVersion)|\(parameters)|engine=\(engine)|in=\(source.hex)#\(page)"
    }
}
