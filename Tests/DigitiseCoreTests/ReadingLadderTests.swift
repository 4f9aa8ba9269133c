import DigitiseCore
import Synchronization
import Testing

/// The ladder's climb with an engine that answers by the settings and the image's turn (a test double).
@Suite struct ReadingLadderTests {
    static let text = "The applicant came to the office on the twenty-third of March and presented a passport"

    /// A 4 x 2 image whose top-left pixel is dark: where it went tells the engine how the image was turned.
    static let page = GreyImage(width: 4, height: 2, pixels: [0, 255, 255, 255, 255, 255, 255, 255], dpi: 300)

    final class Engine: OCREngine {
        let answer: (GreyImage, RecognitionSettings) -> (String, Int)
        private(set) var calls: [RecognitionSettings] = []
        init(_ answer: @escaping (GreyImage, RecognitionSettings) -> (String, Int)) { self.answer = answer }
        func recognise(_ image: GreyImage, dpi: Int, deadlineSeconds: Double, settings: RecognitionSettings) throws(OCRError) -> OCRResult {
            calls.append(settings)
            let (text, confidence) = answer(image, settings)
            return OCRResult(text: text, hocr: "", meanConfidence: confidence)
        }
    }

    func ladder(steps: [LadderStep]? = nil, enhanced: @escaping (GreyImage) -> GreyImage = { $0 }) -> ReadingLadder {
        var rules = PipelineDefinition.nightly.ocr.ladder
        if let steps { rules.steps = steps }
        return ReadingLadder(rules: rules) { image, _ throws(NormaliseError) in enhanced(image) }
    }

    @Test func aGoodFirstReadingIsTheOnlyOne() throws {
        let engine = Engine { _, _ in (Self.text, 92) }
        let outcome = try ladder().read(Self.page, dpi: 300, inkPixels: 2_000, deadlineSeconds: 60, engine: engine)
        #expect(engine.calls.count == 1)
        #expect(!outcome.climbed && outcome.summary.unreadable == nil && outcome.result.text == Self.text)
    }

    @Test func anEmptyFirstReadingClimbsToTheThresholdingThatReadsIt() throws {
        let engine = Engine { _, settings in settings.thresholding == .sauvola ? (Self.text, 90) : ("", 95) }
        let outcome = try ladder().read(Self.page, dpi: 300, inkPixels: 2_000, deadlineSeconds: 60, engine: engine)
        #expect(outcome.result.text == Self.text)
        #expect(outcome.summary.chosen == "sauvola" && outcome.summary.unreadable == false)
        #expect(outcome.summary.ladder?.map(\.step) == ["first", "sauvola"], "the climb stops at the first good reading")
    }

    @Test func aPageReadUpsideDownIsReadTurnedAndKeepsTheTurnedImage() throws {
        // Upright once turned a half: the dark pixel then sits at the bottom right.
        let engine = Engine { image, _ in image.pixels.last == 0 ? (Self.text, 91) : ("ɐuᴉɹ ǝɥʇ oʇ", 30) }
        let outcome = try ladder(steps: [.sauvola, .turned180, .turned90]).read(
            Self.page, dpi: 300, inkPixels: 2_000, deadlineSeconds: 60, engine: engine)
        #expect(outcome.summary.chosen == "turned-180" && outcome.result.text == Self.text)
        #expect(outcome.image == Self.page.turnedClockwise(quarterTurns: 2))
    }

    @Test func aPageWhoseUprightIsUnconfirmedTriesTheHalfTurnFirst() throws {
        // The nightly ladder's own order, where the half turn comes after four rungs that patience may not pass.
        let engine = Engine { image, _ in image.pixels.last == 0 ? (Self.text, 91) : ("ɐuᴉɹ ǝɥʇ oʇ", 30) }
        let outcome = try ladder().read(
            Self.page, dpi: 300, inkPixels: 2_000, deadlineSeconds: 60, engine: engine, uprightUnconfirmed: true)
        #expect(outcome.summary.ladder?.map(\.step) == ["first", "turned-180"])
        #expect(outcome.summary.chosen == "turned-180" && outcome.result.text == Self.text)
        let confirmed = try ladder().read(Self.page, dpi: 300, inkPixels: 2_000, deadlineSeconds: 60, engine: engine)
        #expect(confirmed.summary.ladder?.map(\.step).prefix(2) == ["first", "sauvola"], "otherwise the ladder's order")
    }

    @Test func aPageNoReadingFindsTextInIsUnreadableWithEveryAttemptRecorded() throws {
        // Each rung finds a little more, so none ends the climb early: every rung is tried, and none is read with
        // the confidence of text (a score of 0.2).
        var calls = 0
        let growing = Engine { _, _ in
            calls += 1
            return (String(repeating: "Riga ", count: calls), 20)
        }
        let engine = Engine { _, _ in ("~ |", 40) }
        let outcome = try ladder().read(Self.page, dpi: 300, inkPixels: 50_000, deadlineSeconds: 60, engine: growing)
        #expect(outcome.summary.unreadable == true)
        #expect(outcome.summary.ladder?.count == 1 + PipelineDefinition.nightly.ocr.ladder.steps.count)
        let flat = try ladder().read(Self.page, dpi: 300, inkPixels: 50_000, deadlineSeconds: 60, engine: engine)
        #expect(flat.summary.unreadable == true)
    }

    @Test func theClimbEndsAfterRungsThatGainNothing() throws {
        let engine = Engine { _, _ in ("Der Verfasser hat die Schrift gelesen", 45) }  // a Fraktur page: low, the same every way
        let outcome = try ladder().read(Self.page, dpi: 300, inkPixels: 2_000, deadlineSeconds: 60, engine: engine)
        let patience = PipelineDefinition.nightly.ocr.ladder.patience
        #expect(engine.calls.count == 1 + patience)
        #expect(outcome.summary.chosen == "first" && outcome.summary.unreadable == false)
    }

    @Test func theInkIsMeasuredOnTheEvenedOutPageBeforeJudging() throws {
        // The normalisation counted the whole grey page as ink; evened out, the page has a few dark pixels: the
        // first reading's letters are plenty for them, and it stands.
        let engine = Engine { _, _ in ("Riga Latvia Jelgava", 90) }
        let white = GreyImage(width: 4, height: 2, pixels: [0, 255, 255, 255, 255, 255, 255, 255], dpi: 300)
        let outcome = try ladder(enhanced: { _ in white }).read(
            Self.page, dpi: 300, inkPixels: 1_000_000, deadlineSeconds: 60, engine: engine)
        #expect(!outcome.climbed && engine.calls.count == 1)
    }

    @Test func quarterTurnsComeBackToTheStart() {
        let image = GreyImage(width: 3, height: 2, pixels: [1, 2, 3, 4, 5, 6], dpi: 300)
        let once = image.turnedClockwise(quarterTurns: 1)
        #expect(once.width == 2 && once.height == 3 && once.pixels == [4, 1, 5, 2, 6, 3])
        #expect(image.turnedClockwise(quarterTurns: 2).pixels == [6, 5, 4, 3, 2, 1])
        #expect(once.turnedClockwise(quarterTurns: 3) == image)
    }

    @Test func onlyLatinOnlyLanguagesLetLeptonicaJudgeUpFromDown() {
        #expect(ExpectedScript(languages: "lav+eng") == .latin)
        #expect(ExpectedScript(languages: "lav+rus+eng") == .mixed)
        #expect(ExpectedScript(languages: "ukr") == .mixed)
        #expect(ExpectedScript(languages: "xyz") == .mixed, "a model not known to be Latin is not trusted to be")
    }
}
