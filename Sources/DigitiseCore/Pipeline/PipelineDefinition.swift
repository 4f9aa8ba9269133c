/// A pipeline: the parameters of every stage, versioned. Loaded from `pipelines/NAME.yaml`.
///
/// The built-in `nightly` equals `pipelines/nightly.yaml` (a test holds them together).
public struct PipelineDefinition: Sendable, Equatable, Codable {
    public var name: String
    public var version: Int
    public var ingest: Ingest
    public var normalise: Normalise
    public var ocr: OCR
    public var batch: Batch

    public struct Ingest: Sendable, Equatable, Codable {
        /// Pages larger than this are refused from the header (decompression bombs).
        public var maxMegapixels: Double

        enum CodingKeys: String, CodingKey, CaseIterable { case maxMegapixels = "max_megapixels" }
    }

    public struct Normalise: Sendable, Equatable, Codable {
        /// The resolution assumed when a file states none, or one that cannot be right for a document scan.
        public var defaultDPI: Int
        /// The resolution OCR reads at; pages more than 20% off it are resampled to it (when `resample` is on).
        public var targetDPI: Int
        public var resample: Bool
        /// Turn pages upright (Tesseract OSD) when the detector is at least this confident.
        public var orientation: Bool
        public var orientationMinConfidence: Double
        /// Straighten pages skewed by up to `maxSkewDegrees`.
        public var deskew: Bool
        public var maxSkewDegrees: Double
        /// Remove dark regions connected to the page edge (scanner lid, book margins).
        public var cropBorders: Bool
        /// Even out uneven illumination before binarising.
        public var backgroundNormalise: Bool
        /// `sauvola` (adaptive, Otsu as the fallback), `otsu`, or `none` (keep grey).
        public var binarise: String
        /// Sauvola's window half-size in pixels at the target resolution, and its k factor.
        public var sauvolaWindow: Int
        public var sauvolaFactor: Double
        /// Ink specks up to this many pixels wide and high (at the target resolution) are removed.
        public var despeckleSize: Int
        /// A page whose ink covers less than this share of it is blank (the back of a sheet): no OCR.
        public var blankInkCoverage: Double

        enum CodingKeys: String, CodingKey, CaseIterable {
            case defaultDPI = "default_dpi", targetDPI = "target_dpi", resample, orientation
            case orientationMinConfidence = "orientation_min_confidence", deskew, maxSkewDegrees = "max_skew_degrees"
            case cropBorders = "crop_borders", backgroundNormalise = "background_normalise", binarise
            case sauvolaWindow = "sauvola_window", sauvolaFactor = "sauvola_factor", despeckleSize = "despeckle_size"
            case blankInkCoverage = "blank_ink_coverage"
        }
    }

    public struct OCR: Sendable, Equatable, Codable {
        /// Tesseract language models, `+`-joined, e.g. `lav+rus+eng`.
        public var languages: String
        /// Tesseract's page segmentation mode; 3 is fully automatic layout analysis.
        public var pageSegmentationMode: Int
        /// A page still being read after this many seconds is cancelled and recorded as failed.
        public var deadlineSeconds: Double

        enum CodingKeys: String, CodingKey, CaseIterable {
            case languages
            case pageSegmentationMode = "page_segmentation_mode"
            case deadlineSeconds = "deadline_seconds"
        }
    }

    /// How a run schedules and guards its work; none of it changes what a page becomes (not in derivation keys).
    public struct Batch: Sendable, Equatable, Codable {
        /// Concurrent page workers (each with its own Tesseract); 0 means one per core. `--workers` overrides it.
        public var workers: Int
        /// The failure guard: once at least `failureGuardMinPages` pages were tried in a run, more than this share
        /// of them failing stops the run (exit 3): a broken scanner or a wrong setting, not a broken page.
        public var failureGuardShare: Double
        public var failureGuardMinPages: Int

        enum CodingKeys: String, CodingKey, CaseIterable {
            case workers
            case failureGuardShare = "failure_guard_share"
            case failureGuardMinPages = "failure_guard_min_pages"
        }
    }

    public static let nightly = PipelineDefinition(
        name: "nightly", version: 1,
        ingest: Ingest(maxMegapixels: 150),
        normalise: Normalise(
            defaultDPI: 300, targetDPI: 300, resample: true, orientation: true, orientationMinConfidence: 2, deskew: true,
            maxSkewDegrees: 15, cropBorders: true, backgroundNormalise: false, binarise: "none", sauvolaWindow: 15,
            sauvolaFactor: 0.34, despeckleSize: 2, blankInkCoverage: 0.0005),
        ocr: OCR(languages: "lav+rus+eng", pageSegmentationMode: 3, deadlineSeconds: 120),
        batch: Batch(workers: 0, failureGuardShare: 0.5, failureGuardMinPages: 20))

    /// Every key a pipeline file may hold, by section (the loader names any other key as an error, with its line).
    public static let schema: [String: Set<String>] = [
        "": ["name", "version", "ingest", "normalise", "ocr", "batch"],
        "ingest": Set(Ingest.CodingKeys.allCases.map(\.rawValue)),
        "normalise": Set(Normalise.CodingKeys.allCases.map(\.rawValue)),
        "ocr": Set(OCR.CodingKeys.allCases.map(\.rawValue)),
        "batch": Set(Batch.CodingKeys.allCases.map(\.rawValue)),
    ]

    public var decodeLimits: DecodeLimits { DecodeLimits(maxMegapixels: ingest.maxMegapixels) }
}
