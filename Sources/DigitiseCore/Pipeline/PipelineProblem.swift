/// Something wrong with a pipeline definition: which key (dotted, `normalise.binarise`) and why.
public struct PipelineProblem: Sendable, Equatable, CustomStringConvertible {
    public let key: String
    public let message: String

    public init(key: String, message: String) {
        self.key = key
        self.message = message
    }

    public var description: String { "\(key): \(message)" }
}

extension PipelineDefinition {
    /// Values no stage can work with, each named by its key. Types and unknown keys are the loader's business.
    public var problems: [PipelineProblem] {
        var found: [PipelineProblem] = []
        func require(_ ok: Bool, _ key: String, _ message: String) {
            if !ok { found.append(PipelineProblem(key: key, message: message)) }
        }
        require(!name.isEmpty, "name", "must not be empty")
        require(version >= 1, "version", "must be 1 or more")
        require(ingest.maxMegapixels > 0, "ingest.max_megapixels", "must be more than 0")
        require(ingest.minPagePixels >= 1, "ingest.min_page_pixels", "must be 1 or more")
        require(ingest.maxPagesPerFile >= 1, "ingest.max_pages_per_file", "must be 1 or more")
        require(ingest.maxFileBytes >= 1, "ingest.max_file_bytes", "must be 1 or more")
        require((50...2400).contains(normalise.defaultDPI), "normalise.default_dpi", "must be between 50 and 2400")
        require((50...1200).contains(normalise.targetDPI), "normalise.target_dpi", "must be between 50 and 1200")
        require(normalise.orientationMinConfidence >= 0, "normalise.orientation_min_confidence", "must be 0 or more")
        require((0...45).contains(normalise.maxSkewDegrees), "normalise.max_skew_degrees", "must be between 0 and 45")
        require(
            ["sauvola", "otsu", "none"].contains(normalise.binarise), "normalise.binarise",
            "'\(normalise.binarise)' is not one of sauvola, otsu, none")
        require(normalise.sauvolaWindow >= 2, "normalise.sauvola_window", "must be 2 or more")
        require((0...1).contains(normalise.sauvolaFactor), "normalise.sauvola_factor", "must be between 0 and 1")
        require(normalise.despeckleSize >= 0, "normalise.despeckle_size", "must be 0 or more")
        require((0..<1).contains(normalise.blankInkCoverage), "normalise.blank_ink_coverage", "must be at least 0 and below 1")
        require(
            LanguagePlan.isLanguageList(ocr.languages), "ocr.languages",
            "'\(ocr.languages)' is not a '+'-joined list of Tesseract language models, e.g. lav+rus+eng")
        require((0...13).contains(ocr.pageSegmentationMode), "ocr.page_segmentation_mode", "must be a Tesseract mode, 0 to 13")
        require(ocr.deadlineSeconds > 0, "ocr.deadline_seconds", "must be more than 0")
        require(
            batch.pageWatchdogSeconds > ocr.deadlineSeconds, "batch.page_watchdog_seconds",
            "must be longer than ocr.deadline_seconds (\(ocr.deadlineSeconds)), or the watchdog stops pages Tesseract's own deadline would")
        require((0...1).contains(ocr.invertThreshold), "ocr.invert_threshold", "must be between 0 (never) and 1")
        require(ocr.minScriptConfidence >= 0, "ocr.min_script_confidence", "must be 0 or more")
        let listed = Set(ocr.languages.split(separator: "+"))
        for script in ocr.languagesByScript.keys.sorted() {
            let models = ocr.languagesByScript[script]!.split(separator: "+")
            require(
                !models.isEmpty && models.allSatisfy(listed.contains), "ocr.languages_by_script",
                "\(script): '\(ocr.languagesByScript[script]!)' must be models of ocr.languages (\(ocr.languages)): it narrows the list, never adds to it"
            )
        }
        require(batch.ocrWorkers >= 0, "batch.ocr_workers", "must be 0 (one per core) or more")
        require(batch.normaliseWorkers >= 0, "batch.normalise_workers", "must be 0 (one per four OCR workers) or more")
        require((0...1).contains(batch.failureGuardShare), "batch.failure_guard_share", "must be between 0 and 1 (1 turns the guard off)")
        require(batch.failureGuardMinPages >= 1, "batch.failure_guard_min_pages", "must be 1 or more")
        require((0.5...1).contains(classify.asylumThreshold), "classify.asylum_threshold", "must be between 0.5 and 1")
        require((0.5...1).contains(classify.personalFileThreshold), "classify.personal_file_threshold", "must be between 0.5 and 1")
        require(!classify.model.isEmpty, "classify.model", "must name a model file")
        require(classify.minTextCharacters >= 0, "classify.min_text_characters", "must be 0 or more")
        let concepts = Set(DomainLexicon.concepts.map(\.name))
        for name in classify.personalFileReviewConcepts where !concepts.contains(name) {
            require(
                false, "classify.personal_file_review_concepts",
                "'\(name)' is not a concept of the lexicon; known: \(concepts.sorted().joined(separator: ", "))")
        }
        for (i, rule) in classify.rules.enumerated() {
            let key = "classify.rules"
            require(!rule.name.isEmpty, key, "rule \(i + 1) has no name")
            require(
                DocumentClass(rawValue: rule.class) != nil, key,
                "rule '\(rule.name)': class '\(rule.class)' is not asylum or personal-file")
            require((try? Regex(rule.pattern)) != nil, key, "rule '\(rule.name)': the pattern is not a valid regular expression")
            require(rule.weight.isFinite && abs(rule.weight) <= 10, key, "rule '\(rule.name)': weight must be between -10 and 10")
        }
        return found
    }
}
