import Foundation

/// How many workers each page stage runs: normalise (decode, normalise, store the image) and OCR (each worker with
/// its own Tesseract). The two pools run at once, joined by a bounded hand-off.
///
/// An integer literal means that many OCR workers, with the normalise workers left to their default.
public struct StageWorkers: Sendable, Equatable, ExpressibleByIntegerLiteral {
    public var normalise: Int
    public var ocr: Int

    public init(normalise: Int, ocr: Int) {
        self.normalise = max(1, normalise)
        self.ocr = max(1, ocr)
    }

    /// `ocr` OCR workers and the normalise workers that keep them fed.
    public init(ocr: Int) { self.init(normalise: Self.normaliseWorkers(feeding: ocr), ocr: ocr) }

    public init(integerLiteral value: Int) { self.init(ocr: value) }

    /// Normalising a page costs well under a quarter of reading it (BENCHMARKS.md, the OCR section's per-step
    /// table): one normalise worker keeps four OCR workers busy.
    public static func normaliseWorkers(feeding ocrWorkers: Int) -> Int { max(1, (ocrWorkers + 3) / 4) }

    /// The pipeline's `batch` settings, 0 meaning the default: one OCR worker per core, normalise workers to feed them.
    public init(_ batch: PipelineDefinition.Batch, cores: Int) {
        let ocr = batch.ocrWorkers > 0 ? batch.ocrWorkers : cores
        self.init(normalise: batch.normaliseWorkers > 0 ? batch.normaliseWorkers : Self.normaliseWorkers(feeding: ocr), ocr: ocr)
    }

    /// Reads `N` (OCR workers) or `ocr=N,normalise=M` (either part may be left out); nil for anything else.
    public init?(parsing text: String, defaults: StageWorkers) {
        if let n = Int(text) {
            guard n >= 1 else { return nil }
            self.init(normalise: defaults.normalise, ocr: n)
            return
        }
        var result = defaults
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let pair = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2, let n = Int(pair[1]), n >= 1 else { return nil }
            switch pair[0] {
            case "ocr": result.ocr = n
            case "normalise": result.normalise = n
            default: return nil
            }
        }
        self = result
    }

    /// The pipeline's workers with `--workers SPEC` over them; nil for a spec that is not N or ocr=N,normalise=M.
    /// N OCR workers bring the normalise workers that feed them, unless the pipeline sets those itself.
    public init?(overriding spec: String, on batch: PipelineDefinition.Batch, cores: Int) {
        let pipeline = StageWorkers(batch, cores: cores)
        if let ocr = Int(spec), ocr >= 1, batch.normaliseWorkers == 0 {
            self.init(ocr: ocr)
        } else if let parsed = StageWorkers(parsing: spec, defaults: pipeline) {
            self = parsed
        } else {
            return nil
        }
    }
}
