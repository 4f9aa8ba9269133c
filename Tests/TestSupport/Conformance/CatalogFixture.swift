import DigitiseCore

/// What the catalog conformance suites build their scenarios from: documents as ingest hands them over, and page
/// outcomes as the page stages do. Keys and output objects are made from the page's source, as the real stages
/// make theirs from content, so two versions of a document share them.
public enum CatalogFixture {
    public static let start = BatchStart(inbox: "/inbox", pipelineName: "conformance", pipelineVersion: 1, workers: 1, program: "tests")

    public static func file(_ id: String) -> FileID {
        guard let file = FileID(validating: id) else { preconditionFailure("\(id) is not a file ID") }
        return file
    }

    /// A distinct object name for each number.
    public static func hash(_ n: Int) -> ObjectHash { hash(of: "object \(n)") }

    /// The object name of some content (its SHA-256).
    public static func hash(of content: String) -> ObjectHash { MemoryObjectStore.sha256(Array(content.utf8)) }

    /// An A4 page at 300 dpi, unless told otherwise.
    public static func header(width: Int = 2480, height: Int = 3508) -> PageHeader {
        PageHeader(width: width, height: height, bitsPerSample: 8, samplesPerPixel: 1, colourModel: "grey", dpi: 300)
    }

    /// A source file of `object`'s bytes, with these pages (or, failing as a whole, one failed page).
    public static func source(
        _ relativePath: String, object: Int, pages: Result<[Result<PageHeader, DecodeError>], DecodeError>
    ) -> IngestedSource {
        IngestedSource(
            relativePath: relativePath, object: StoredObject(hash: hash(object), size: 100 + object), format: .tiff, pages: pages)
    }

    /// A document of one source file of `pages` pages of one size.
    public static func document(
        _ name: String, file: String = "PF-1", object: Int, pages: Int = 1, width: Int = 2480, height: Int = 3508
    ) -> IngestedDocument {
        document(
            name, file: file,
            sources: [
                source(
                    name + ".tif", object: object,
                    pages: .success(Array(repeating: .success(header(width: width, height: height)), count: pages)))
            ])
    }

    public static func document(_ name: String, file: String = "PF-1", sources: [IngestedSource]) -> IngestedDocument {
        IngestedDocument(fileID: Self.file(file), name: name, sources: sources)
    }

    // MARK: - Outcomes

    /// The normalisation of a page: its key and normalised image follow from the page's source.
    public static func normalised(_ job: PageJob, blank: Bool = false) -> DerivationRecord {
        let key = "normalise|\(job.sourceObject.hex)#\(job.sourcePage)"
        var report = NormalisationReport(sourceDPI: 300, dpi: 300)
        report.isBlank = blank
        return DerivationRecord(key: key, stage: .normalise, outputs: ["image": object(key + "|image")], result: report)
    }

    /// The OCR of a page by an engine: its key follows from the normalised image and the engine.
    public static func ocr(_ job: PageJob, text: String, engine: String = "engine 1", unreadable: Bool = false) -> DerivationRecord {
        let image = normalised(job).outputs["image"]!.hash
        let key = "ocr|\(engine)|\(image.hex)"
        var summary = OCRSummary(meanConfidence: 91)
        if unreadable { summary.unreadable = true }
        return DerivationRecord(
            key: key, stage: .ocr,
            outputs: ["text": StoredObject(hash: hash(of: text), size: text.utf8.count), "hocr": object(key + "|hocr")],
            result: summary)
    }

    public static func read(_ job: PageJob, text: String, engine: String = "engine 1") -> PageOutcome {
        PageOutcome(
            pageID: job.pageID, result: .read(normalised: normalised(job), ocr: ocr(job, text: text, engine: engine), text: text), dpi: 300,
            dpiSource: "file")
    }

    public static func unreadable(_ job: PageJob) -> PageOutcome {
        PageOutcome(
            pageID: job.pageID, result: .unreadable(normalised: normalised(job), ocr: ocr(job, text: "~", unreadable: true), text: "~"))
    }

    public static func blank(_ job: PageJob) -> PageOutcome {
        PageOutcome(pageID: job.pageID, result: .blank(normalised: normalised(job, blank: true)))
    }

    /// A page that failed in OCR, after its normalisation.
    public static func failed(_ job: PageJob, code: String = "ocr.timeout") -> PageOutcome {
        PageOutcome(
            pageID: job.pageID, result: .failed(StageFailure(stage: .ocr, code: code, message: "test failure"), normalised: normalised(job))
        )
    }

    /// A classification as the classify stage records it, with its derivation.
    public static func classification(
        _ documentClass: DocumentClass, probability: Double = 0.95, identifiers: [Identifier] = [], key: String
    ) -> (derivation: DerivationRecord, classification: Classification) {
        let classification = Classification(
            documentClass: documentClass, kind: documentClass == .asylum ? .asylumApplication : .other, probability: probability,
            needsReview: probability < 0.9, reviewReason: probability < 0.9 ? "below threshold" : nil,
            explanation: .init(model: "conformance", features: [], rules: [], modelLogOdds: nil), identifiers: identifiers)
        return (DerivationRecord(key: key, stage: .classify, outputs: [:], result: classification), classification)
    }

    private static func object(_ content: String) -> StoredObject { StoredObject(hash: hash(of: content), size: content.utf8.count) }
}
