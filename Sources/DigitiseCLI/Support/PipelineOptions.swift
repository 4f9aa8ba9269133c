import ArgumentParser
import DigitiseCore

/// `--pipeline`, `--languages` and `--language-map`, shared by `run` and `reprocess`: which pipeline reads, and with
/// which languages each personal file or document is read.
struct PipelineOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "A pipeline definition (YAML), e.g. pipelines/archival.yaml. Default: the built-in nightly.", valueName: "FILE"))
    var pipeline: String?

    @Option(help: ArgumentHelp("Tesseract languages, e.g. eng or lav+rus+eng (overrides the pipeline's).", valueName: "LANGS"))
    var languages: String?

    @Option(
        help: ArgumentHelp(
            "Languages per personal file or document: lines of `FILE-ID LANGS` or `FILE-ID/DOCUMENT LANGS` ('#' comments); the rest is read with the pipeline's (or --languages).",
            valueName: "FILE"))
    var languageMap: String?

    /// The pipeline with `--languages` over it.
    func definition() throws -> PipelineDefinition {
        var definition = try PipelineLoader.load(pipeline)
        if let languages { definition.ocr.languages = languages }
        return definition
    }
}
