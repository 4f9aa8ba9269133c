/// A pipeline: the parameters of every stage, versioned. Loaded from `pipelines/NAME.yaml`.
///
/// The built-in `nightly` equals `pipelines/nightly.yaml` (a test holds them together).
public struct PipelineDefinition: Sendable, Equatable, Codable {
    public var name: String
    public var version: Int
    public var ingest: Ingest
    public var normalise: Normalise
    public var ocr: OCR

    public struct Ingest: Sendable, Equatable, Codable {
        /// Pages larger than this are refused from the header (decompression bombs).
        public var maxMegapixels: Double

        enum CodingKeys: String, CodingKey { case maxMegapixels = "max_megapixels" }
    }

    public struct Normalise: Sendable, Equatable, Codable {
        /// The resolution assumed when a file states none, or one that cannot be right for a document scan.
        public var defaultDPI: Int

        enum CodingKeys: String, CodingKey { case defaultDPI = "default_dpi" }
    }

    public struct OCR: Sendable, Equatable, Codable {
        /// Tesseract language models, `+`-joined, e.g. `lav+rus+eng`.
        public var languages: String
        /// Tesseract's page segmentation mode; 3 is fully automatic layout analysis.
        public var pageSegmentationMode: Int
        /// A page still being read after this many seconds is cancelled and recorded as failed.
        public var deadlineSeconds: Double

        enum CodingKeys: String, CodingKey {
            case languages
            case pageSegmentationMode = "page_segmentation_mode"
            case deadlineSeconds = "deadline_seconds"
        }
    }

    public static let nightly = PipelineDefinition(
        name: "nightly", version: 1,
        ingest: Ingest(maxMegapixels: 150),
        normalise: Normalise(defaultDPI: 300),
        ocr: OCR(languages: "lav+rus+eng", pageSegmentationMode: 3, deadlineSeconds: 120))

    public var decodeLimits: DecodeLimits { DecodeLimits(maxMegapixels: ingest.maxMegapixels) }
}
