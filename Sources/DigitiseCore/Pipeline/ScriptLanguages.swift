/// Which of the pipeline's language models read a page, from the script Tesseract's OSD saw on it.
///
/// At night nobody says a page's language, so the pipeline's list (`lav+rus+eng`) reads every page with every
/// model. OSD already runs on the pages Leptonica cannot call (the list is not Latin-only, `ExpectedScript`) and
/// names the script as it does: with a rule here, a page it is sure is Cyrillic is read by the Cyrillic models of the
/// list and English (Latin names and addresses inside Russian text), one it is sure is Latin by the Latin ones. A
/// page it is unsure of, or whose languages a language map gives, is read as before.
///
/// Measured, it did not pay, so the pipelines ship without a rule: Tesseract tries the other models only on words
/// it is unsure of, so reading with fewer saved neither time nor CER on the degradation corpus read the nightly
/// way, and a worker then holds a Tesseract per script, at the price of memory. The time the nightly way lost was
/// OSD on every page (`LeptonicaNormaliser`); bench/results/script-languages-2026-12-04.txt.
public struct ScriptLanguages: Sendable, Equatable {
    /// OSD's script name (`Latin`, `Cyrillic`, ...) → the `+`-joined models that read it, each one of the list's.
    public let byScript: [String: String]
    /// OSD's script confidence below which the page keeps the whole list.
    public let minConfidence: Double

    public init(byScript: [String: String], minConfidence: Double) {
        self.byScript = byScript
        self.minConfidence = minConfidence
    }

    /// The models that read a page the list would read, given the script OSD found (nil: none found).
    public func languages(for list: String, script: String?, confidence: Double?) -> String {
        guard let script, let confidence, confidence >= minConfidence, let narrowed = byScript[script] else { return list }
        return narrowed
    }

    /// What the choice depends on, for the OCR derivation key (empty when nothing is ever narrowed).
    public var keyPart: String {
        byScript.isEmpty
            ? "" : ";by_script=" + byScript.keys.sorted().map { "\($0):\(byScript[$0]!)" }.joined(separator: ",") + "@\(minConfidence)"
    }
}
