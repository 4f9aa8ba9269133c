import DigitiseCore

/// The configurations every OCR bench compares, run the same way for the real corpus and the degraded one:
/// digitise, the Tesseract CLI plain and with `--psm 1`, and OCRmyPDF.
struct BenchConfigurations {
    static let names = ["digitise", "tesseract", "tesseract-psm1", "ocrmypdf"]
    /// Read the nightly way: nobody tells digitise a page's language (the pipeline's list reads it), beside the CLI
    /// given the same list. "tesseract" is the CLI given each page's true language.
    static let nightlyNames = ["digitise-nightly", "tesseract-nightly-languages"]

    let images: [CorpusImage]
    let corpus: String
    /// The digitise binary, and its pipeline file (nil: the built-in nightly).
    let digitise: String
    let pipeline: String?
    /// Processes (peers) or workers (digitise) at once.
    let parallel: Int

    /// Runs one configuration with its scratch folder under `work`; digitise's stage times come with its row.
    func run(_ name: String, work: String) throws -> (BenchRow, StageTimes?) {
        let environment = ["OMP_THREAD_LIMIT": "1"]
        switch name {
        case "digitise", "digitise-nightly":
            let (row, times) = try DigitiseRunner(
                binary: digitise, corpus: corpus, work: work + "/" + name, workers: parallel, pipeline: pipeline,
                givenLanguages: name == "digitise"
            ).run(images)
            return (row, times)
        case "tesseract", "tesseract-psm1":
            let psm = name == "tesseract" ? nil : 1
            return (
                try PeerRunner.tesseract(
                    images, corpus: corpus, work: work + "/" + name, psm: psm, parallel: parallel, environment: environment),
                nil
            )
        case "tesseract-nightly-languages":
            return (
                try PeerRunner.tesseract(
                    images, corpus: corpus, work: work + "/" + name, psm: nil, parallel: parallel, environment: environment,
                    languages: PipelineDefinition.nightly.ocr.languages),
                nil
            )
        case "ocrmypdf":
            return (
                try PeerRunner.ocrmypdf(images, corpus: corpus, work: work + "/ocrmypdf", parallel: parallel, environment: environment), nil
            )
        default:
            throw BenchError("no configuration named \(name) (known: \((Self.names + Self.nightlyNames).joined(separator: ", ")))")
        }
    }
}
