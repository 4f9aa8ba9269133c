/// Reads a page, and when the reading is poor, climbs the retry ladder: reads it again other ways (Tesseract's
/// adaptive thresholdings, an evened-out background, other turns, sparse text) until one reading is good enough,
/// and keeps the best. A page none of whose readings has text is `unreadable`: never quietly done. The climb
/// stops at the first good reading, or after `patience` rungs in a row that gained nothing.
///
/// Every rung costs about one recognition, so a page that reads well the first time costs nothing more; the
/// whole climb stays inside the page's OCR deadline.
public struct ReadingLadder {
    public let rules: ReadingLadderSettings
    /// Evens out the background and stretches the contrast (the `background` rung).
    let enhance: (GreyImage, Int) throws(NormaliseError) -> GreyImage

    public init(rules: ReadingLadderSettings, enhance: @escaping (GreyImage, Int) throws(NormaliseError) -> GreyImage) {
        self.rules = rules
        self.enhance = enhance
    }

    /// What the climb gave: the reading kept, the image its word boxes refer to, and the record of the climb.
    public struct Outcome {
        public let result: OCRResult
        /// The image the kept reading was made from: the page itself unless a rung turned or enhanced it.
        public let image: GreyImage
        public let summary: OCRSummary
        /// Whether more than one reading was made.
        public var climbed: Bool { summary.ladder != nil }
        /// The kept reading's image when a rung turned or enhanced the page (its word boxes refer to it); nil when
        /// it is the page itself.
        public var variantImage: GreyImage? {
            summary.chosen.flatMap(LadderStep.init(rawValue:))?.changesImage == true ? image : nil
        }
    }

    /// - Parameters:
    ///   - inkPixels: the page's dark pixels at the resolution it is read at (the normalisation's ink coverage).
    ///   - uprightUnconfirmed: the page was taken as upright by a detector that cannot tell an upside-down page of
    ///     its script from an upright one (Leptonica on a page that may be Cyrillic): a poor reading tries the
    ///     page turned over first.
    /// - Throws: the first reading's error (a timeout, a failing recogniser): a rung's error only ends the climb.
    public func read(
        _ image: GreyImage, dpi: Int, inkPixels: Int, deadlineSeconds: Double, engine: any OCREngine, uprightUnconfirmed: Bool = false
    ) throws(OCRError) -> Outcome {
        let clock = ContinuousClock()
        let started = clock.now
        let first = try engine.recognise(image, dpi: dpi, deadlineSeconds: deadlineSeconds, settings: .standard)
        let firstJudgement = ReadingJudgement(text: first.text, confidence: first.meanConfidence)
        guard rules.enabled, !firstJudgement.isSufficient(inkPixels: inkPixels, rules: rules) else {
            return Outcome(result: first, image: image, summary: OCRSummary(meanConfidence: first.meanConfidence))
        }
        // The normalisation counts ink with one threshold for the whole page, so grey, coloured or unevenly lit
        // paper counts as ink. The evened-out page (the `background` rung's image, made once) counts only what is
        // darker than its surroundings: the text. A first reading that passes on that measure stands.
        let enhanced = try? enhance(image, dpi)
        let ink = enhanced.map { Self.inkPixels($0) } ?? inkPixels
        guard !firstJudgement.isSufficient(inkPixels: ink, rules: rules) else {
            return Outcome(result: first, image: image, summary: OCRSummary(meanConfidence: first.meanConfidence))
        }
        var attempts = [LadderAttempt(step: "first", judgement: firstJudgement, seconds: (clock.now - started).inSeconds)]
        var best = (result: first, image: image, judgement: firstJudgement, step: "first")
        var withoutGain = 0
        let steps =
            uprightUnconfirmed && rules.steps.contains(.turned180) ? [.turned180] + rules.steps.filter { $0 != .turned180 } : rules.steps
        for step in steps where withoutGain < rules.patience {
            let left = deadlineSeconds - (clock.now - started).inSeconds
            guard left >= 1 else { break }
            let stepStarted = clock.now
            let variant: GreyImage
            if step == .background {
                guard let enhanced else { continue }  // a rung that cannot make its image is skipped
                variant = enhanced
            } else {
                variant = image.turnedClockwise(quarterTurns: step.quarterTurns)
            }
            guard let result = try? engine.recognise(variant, dpi: dpi, deadlineSeconds: left, settings: step.settings) else { continue }
            let judgement = ReadingJudgement(text: result.text, confidence: result.meanConfidence)
            attempts.append(LadderAttempt(step: step.rawValue, judgement: judgement, seconds: (clock.now - stepStarted).inSeconds))
            withoutGain = judgement.yield > best.judgement.yield * (1 + rules.minGain) ? 0 : withoutGain + 1
            if judgement.yield > best.judgement.yield { best = (result, variant, judgement, step.rawValue) }
            if judgement.isSufficient(inkPixels: ink, rules: rules) { break }
        }
        let summary = OCRSummary(
            meanConfidence: best.result.meanConfidence, ladder: attempts, chosen: best.step,
            unreadable: !best.judgement.hasText(rules: rules))
        return Outcome(result: best.result, image: best.image, summary: summary)
    }

    /// Pixels darker than mid-grey: on an evened-out, stretched page, the text's ink.
    static func inkPixels(_ image: GreyImage) -> Int {
        image.pixels.withUnsafeBufferPointer { p in p.reduce(0) { $0 + ($1 < 128 ? 1 : 0) } }
    }
}
