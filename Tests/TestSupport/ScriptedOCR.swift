import DigitiseCore
import Synchronization

/// A test double for the OCR port: answers from a script instead of reading pixels, and counts its calls.
///
/// `answer` receives the page image and decides the result; throwing simulates a failing or hanging page.
public final class ScriptedOCR: OCREngineFactory, @unchecked Sendable {
    // @unchecked: `answer` is immutable and @Sendable; the counter is a Mutex.
    public let engineIdentity: String
    let answer: @Sendable (GreyImage, RecognitionSettings) throws(OCRError) -> OCRResult
    private let calls = Mutex(0)

    public init(identity: String = "scripted 1", answer: @escaping @Sendable (GreyImage) throws(OCRError) -> OCRResult) {
        engineIdentity = identity
        self.answer = { image, _ throws(OCRError) in try answer(image) }
    }

    /// A double whose answer also sees the settings of each call (the retry ladder's rungs).
    public init(
        identity: String = "scripted 1",
        answeringSettings answer: @escaping @Sendable (GreyImage, RecognitionSettings) throws(OCRError) -> OCRResult
    ) {
        engineIdentity = identity
        self.answer = answer
    }

    /// A page's worth of text (about 400 letters, as on a typed A4 page at 300 dpi), so that a scripted reading
    /// passes the retry ladder's judgement as a real reading of a text page would; shorter answers climb it.
    public static let pageOfText = """
        The applicant came to the office on the twenty-third of March and presented a passport, a birth certificate \
        and two photographs. Documents on the declared place of residence in Riga and a copy of the employment \
        contract are attached to the personal file. The residence permit was issued for five years, and its period \
        of validity ends in December of the following year. The inspector checked the personal code and the date of \
        birth. The decision may be appealed to the district administrative court within one month.
        """

    /// Pages recognised so far, over all engines made by this factory.
    public var recognitions: Int { calls.withLock { $0 } }

    public func makeEngine() throws(OCRError) -> any OCREngine { Engine(owner: self) }

    /// The languages of every engine made through a language plan, in order.
    public var languagesAsked: [String] { asked.withLock { $0 } }
    private let asked = Mutex<[String]>([])

    public func engineIdentity(languages: String) -> String { "\(engineIdentity) [\(languages)]" }

    public func makeEngine(languages: String) throws(OCRError) -> any OCREngine {
        asked.withLock { $0.append(languages) }
        return Engine(owner: self)
    }

    final class Engine: OCREngine {
        let owner: ScriptedOCR
        init(owner: ScriptedOCR) { self.owner = owner }

        func recognise(_ image: GreyImage, dpi: Int, deadlineSeconds: Double, settings: RecognitionSettings) throws(OCRError) -> OCRResult {
            owner.calls.withLock { $0 += 1 }
            return try owner.answer(image, settings)
        }
    }
}
