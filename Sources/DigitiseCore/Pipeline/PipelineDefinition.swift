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
    public var classify: Classify

    public struct Ingest: Sendable, Equatable, Codable {
        /// Pages larger than this are refused from the header (decompression bombs).
        public var maxMegapixels: Double
        /// Pages with a side shorter than this many pixels are refused from the header (thumbnails, cut-off scans).
        public var minPagePixels: Int
        /// Source files (multi-page TIFFs) with more pages than this are refused whole.
        public var maxPagesPerFile: Int
        /// Source files larger than this many bytes are neither stored nor read (they stay in the inbox).
        public var maxFileBytes: Int

        public init(maxMegapixels: Double, minPagePixels: Int, maxPagesPerFile: Int, maxFileBytes: Int) {
            self.maxMegapixels = maxMegapixels
            self.minPagePixels = minPagePixels
            self.maxPagesPerFile = maxPagesPerFile
            self.maxFileBytes = maxFileBytes
        }

        enum CodingKeys: String, CodingKey, CaseIterable {
            case maxMegapixels = "max_megapixels", minPagePixels = "min_page_pixels", maxPagesPerFile = "max_pages_per_file"
            case maxFileBytes = "max_file_bytes"
        }
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
        /// Tesseract reads a line again as white on black when its mean character confidence is below this
        /// (Tesseract's `invert_threshold`; 0 never, Tesseract's own default 0.7).
        public var invertThreshold: Double
        /// The retry ladder for pages whose first reading is poor.
        public var ladder: ReadingLadderSettings
        /// A page read with `languages` (no language map names it) whose script OSD is sure of is read by that
        /// script's models only (`ScriptLanguages`): OSD's script name → `+`-joined models, each one of `languages`.
        public var languagesByScript: [String: String]
        /// OSD's script confidence below which a page keeps every language.
        public var minScriptConfidence: Double

        public var scriptLanguages: ScriptLanguages { ScriptLanguages(byScript: languagesByScript, minConfidence: minScriptConfidence) }

        public init(
            languages: String, pageSegmentationMode: Int, deadlineSeconds: Double, invertThreshold: Double, ladder: ReadingLadderSettings,
            languagesByScript: [String: String] = [:], minScriptConfidence: Double = 0
        ) {
            self.ladder = ladder
            self.languagesByScript = languagesByScript
            self.minScriptConfidence = minScriptConfidence
            self.languages = languages
            self.pageSegmentationMode = pageSegmentationMode
            self.deadlineSeconds = deadlineSeconds
            self.invertThreshold = invertThreshold
        }

        enum CodingKeys: String, CodingKey, CaseIterable {
            case languages
            case pageSegmentationMode = "page_segmentation_mode"
            case deadlineSeconds = "deadline_seconds"
            case invertThreshold = "invert_threshold", ladder
            case languagesByScript = "languages_by_script", minScriptConfidence = "min_script_confidence"
        }
    }

    /// How a run schedules and guards its work; none of it changes what a page becomes (not in derivation keys).
    public struct Batch: Sendable, Equatable, Codable {
        /// OCR workers, each with its own Tesseract; 0 means one per core. `--workers` overrides it.
        public var ocrWorkers: Int
        /// Normalise workers (decode, normalise, store the image), feeding the OCR workers through a hand-off that
        /// holds one page per OCR worker; 0 means one per four OCR workers. `--workers ocr=N,normalise=M` overrides it.
        public var normaliseWorkers: Int
        /// The failure guard: once at least `failureGuardMinPages` pages were tried in a run, more than this share
        /// of them failing stops the run (exit 3): a broken scanner or a wrong setting, not a broken page.
        public var failureGuardShare: Double
        public var failureGuardMinPages: Int
        /// Crash containment: a page in one stage for longer than this is taken to hang the reading process, which its
        /// supervisor then stops and restarts (a page in hand at two such ends fails as `reader.hung`). Longer than
        /// `ocr.deadline_seconds`, which Tesseract's own monitor enforces where it can.
        public var pageWatchdogSeconds: Double

        public init(
            ocrWorkers: Int, normaliseWorkers: Int, failureGuardShare: Double, failureGuardMinPages: Int, pageWatchdogSeconds: Double
        ) {
            self.ocrWorkers = ocrWorkers
            self.normaliseWorkers = normaliseWorkers
            self.failureGuardShare = failureGuardShare
            self.failureGuardMinPages = failureGuardMinPages
            self.pageWatchdogSeconds = pageWatchdogSeconds
        }

        enum CodingKeys: String, CodingKey, CaseIterable {
            case ocrWorkers = "ocr_workers", normaliseWorkers = "normalise_workers"
            case failureGuardShare = "failure_guard_share"
            case failureGuardMinPages = "failure_guard_min_pages"
            case pageWatchdogSeconds = "page_watchdog_seconds"
        }
    }

    /// The classify stage: which model, how sure it must be, and the rules that add their weight to its evidence.
    public struct Classify: Sendable, Equatable, Codable {
        /// The model file (`digitise train` writes it); a relative path is found from the working folder, then
        /// beside the pipeline file's folder, then beside the program's checkout.
        public var model: String
        /// A document whose probability for its class is below that class's threshold goes to the review queue.
        public var asylumThreshold: Double
        public var personalFileThreshold: Double
        /// Fewer characters of text than this (blank, failed or illegible pages) is no basis for a decision: review.
        public var minTextCharacters: Int
        /// Declarative evidence: a case-insensitive regular expression found in the text adds `weight` to the
        /// log-odds of `class` (after calibration). No rule decides alone unless its weight says so.
        public var rules: [Rule]
        /// Concepts of `DomainLexicon` that only the asylum procedure uses: a document that names one is never
        /// confidently personal-file, whatever the probability; a person decides (auditors see personal-file only).
        public var personalFileReviewConcepts: [String]

        public struct Rule: Sendable, Equatable, Codable {
            public var name: String
            public var pattern: String
            public var `class`: String
            public var weight: Double

            public init(name: String, pattern: String, class: String, weight: Double) {
                self.name = name
                self.pattern = pattern
                self.class = `class`
                self.weight = weight
            }

            enum CodingKeys: String, CodingKey, CaseIterable { case name, pattern, `class`, weight }
        }

        enum CodingKeys: String, CodingKey, CaseIterable {
            case model, rules
            case asylumThreshold = "asylum_threshold", personalFileThreshold = "personal_file_threshold"
            case minTextCharacters = "min_text_characters"
            case personalFileReviewConcepts = "personal_file_review_concepts"
        }
    }

    public static let nightly = PipelineDefinition(
        name: "nightly", version: 5,
        ingest: Ingest(maxMegapixels: 150, minPagePixels: 100, maxPagesPerFile: 2000, maxFileBytes: 4_294_967_296),
        normalise: Normalise(
            defaultDPI: 300, targetDPI: 300, resample: true, orientation: true, orientationMinConfidence: 2, deskew: true,
            maxSkewDegrees: 15, cropBorders: true, backgroundNormalise: false, binarise: "none", sauvolaWindow: 15,
            sauvolaFactor: 0.34, despeckleSize: 2, blankInkCoverage: 0.0005),
        ocr: OCR(
            languages: "lav+rus+eng", pageSegmentationMode: 3, deadlineSeconds: 120, invertThreshold: 0.7,
            ladder: ReadingLadderSettings(
                enabled: true, minLetters: 10, maxInkPixelsPerLetter: 3000, minTextScore: 0.3, minConfidence: 60, minWordLikeShare: 0.6,
                steps: [.sauvola, .background, .localOtsu, .sparseText, .turned180, .turned90, .turned270], patience: 2, minGain: 0.05),
            languagesByScript: [:], minScriptConfidence: 3),
        batch: Batch(ocrWorkers: 0, normaliseWorkers: 0, failureGuardShare: 0.5, failureGuardMinPages: 20, pageWatchdogSeconds: 600),
        classify: Classify(
            model: "models/classifier.json", asylumThreshold: 0.9, personalFileThreshold: 0.9, minTextCharacters: 80,
            rules: [
                Classify.Rule(name: "dublin-regulation", pattern: #"604\s*/\s*2013"#, class: "asylum", weight: 1.5),
                Classify.Rule(
                    name: "asylum-law-cited", pattern: #"patv[eē]ruma\s+likum|закон\w*\s+об\s+убежищ|asylum\s+law"#, class: "asylum",
                    weight: 1.0),
            ],
            personalFileReviewConcepts: ["alternative-status", "dublin", "international-protection"]))

    /// Every key a pipeline file may hold, by section (the loader names any other key as an error, with its line).
    public static let schema: [String: Set<String>] = [
        "": ["name", "version", "ingest", "normalise", "ocr", "batch", "classify"],
        "ingest": Set(Ingest.CodingKeys.allCases.map(\.rawValue)),
        "normalise": Set(Normalise.CodingKeys.allCases.map(\.rawValue)),
        "ocr": Set(OCR.CodingKeys.allCases.map(\.rawValue)),
        "ocr.ladder": Set(ReadingLadderSettings.CodingKeys.allCases.map(\.rawValue)),
        "batch": Set(Batch.CodingKeys.allCases.map(\.rawValue)),
        "classify": Set(Classify.CodingKeys.allCases.map(\.rawValue)),
        "classify.rules": Set(Classify.Rule.CodingKeys.allCases.map(\.rawValue)),
    ]

    public var decodeLimits: DecodeLimits {
        DecodeLimits(
            maxMegapixels: ingest.maxMegapixels, minPagePixels: ingest.minPagePixels, maxPagesPerFile: ingest.maxPagesPerFile,
            maxFileBytes: ingest.maxFileBytes)
    }
}
