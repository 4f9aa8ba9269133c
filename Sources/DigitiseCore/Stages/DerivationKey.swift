import Foundation

/// The memo key of a stage output: everything that can change it, in one canonical string.
///
/// Two derivations with the same key produce the same output, so a key found in the catalog means the work was
/// already done. Change a parameter, the engine, a model or a stage's code version, and the key changes with it:
/// exactly that stage and the ones after it are redone, for the pages it concerns.
public enum DerivationKey {
    /// Bump a stage's version when its code changes what it produces from the same inputs.
    public static let normaliseStageVersion = 1
    /// 2: ALTO added, hOCR and ALTO as whole documents; 3: written by digitise; 4: black-and-white pages read as one
    /// bit a pixel.
    public static let ocrStageVersion = 4
    public static let classifyStageVersion = 1

    /// Normalisation of one page of a stored source.
    public static func normalise(
        source: ObjectHash, page: Int, parameters: PipelineDefinition.Normalise, normaliser: String, orientation: String
    ) -> String {
        "normalise/v\(normaliseStageVersion)|\(canonical(parameters))|normaliser=\(normaliser)|orientation=\(orientation)|in=\(source.hex)#\(page)"
    }

    /// OCR of one normalised page image.
    public static func ocr(image: ObjectHash, parameters: PipelineDefinition.OCR, engine: String) -> String {
        // The deadline decides whether OCR finishes, not what it reads: it is not part of the key.
        "ocr/v\(ocrStageVersion)|languages=\(parameters.languages)\(parameters.scriptLanguages.keyPart);psm=\(parameters.pageSegmentationMode);invert=\(parameters.invertThreshold)"
            + "|engine=\(engine)|in=\(image.hex)"
    }

    /// Classification of one document from the texts of its pages (`-` for a page without text).
    public static func classify(classifier: String, minTextCharacters: Int, texts: [ObjectHash?]) -> String {
        "classify/v\(classifyStageVersion)|\(classifier)|min_text=\(minTextCharacters)|in=" + Self.texts(texts)
    }

    /// A page's text typed in by a person from its image: the text object and who typed it (the agent, not a program).
    public static func transcription(text: ObjectHash, person: String) -> String {
        "transcription|by=\(person)|text=\(text.hex)"
    }

    /// A document's texts, in page order: each page's text object, `-` for a page without text.
    public static func texts(_ texts: [ObjectHash?]) -> String {
        texts.map { $0?.hex ?? "-" }.joined(separator: ",")
    }

    /// Parameters as JSON with sorted keys: the same parameters always give the same string.
    static func canonical(_ value: some Encodable) -> String {
        CanonicalJSON.string(value) ?? "?"
    }
}
