internal import CTesseract
import DigitiseCore
import Foundation

/// Makes one `TesseractEngine` per worker, with the pipeline's languages (or a language map's) and page segmentation.
public struct TesseractEngineFactory: OCREngineFactory {
    public static let defaultDataPath = "/usr/share/tesseract-ocr/5/tessdata"

    public let languages: String
    public let pageSegmentationMode: Int
    /// Tesseract's `invert_threshold`: lines read below this mean confidence are read again as white on black.
    public let invertThreshold: Double
    public let engineIdentity: String
    public let orientationIdentity: String
    private let dataPath: String?
    /// The identity of every language list this factory was checked for, by list.
    private let identities: [String: String]

    /// - Parameters:
    ///   - otherLanguages: further language lists engines may be asked for (a language map's); each is checked
    ///     now, so a missing model stops the run before the night starts, not at its first page.
    ///   - invertThreshold: Tesseract's `invert_threshold` (0 never reads a line inverted); nightly's by default.
    /// - Throws: `OCRError.engineUnavailable` naming each missing language model and how to install it.
    public init(
        languages: String, otherLanguages: [String] = [], pageSegmentationMode: Int,
        invertThreshold: Double = PipelineDefinition.nightly.ocr.invertThreshold
    ) throws(OCRError) {
        let environment = ProcessInfo.processInfo.environment["TESSDATA_PREFIX"]
        let directory = environment ?? Self.defaultDataPath
        var fingerprints: [String: String] = [:]
        var missing: [String] = []
        for list in [languages] + otherLanguages {
            guard LanguagePlan.isLanguageList(list) else {
                throw .engineUnavailable("'\(list)' is not a language list; write codes joined by '+', e.g. lav+rus+eng")
            }
            for code in list.split(separator: "+").map(String.init) + ["osd"] where fingerprints[code] == nil {
                let path = directory + "/" + code + ".traineddata"
                if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int {
                    // The model file's size stands for its version: Debian ships one build per package version.
                    fingerprints[code] = "\(code):\(size)"
                } else if !missing.contains(code) {
                    missing.append(code)
                }
            }
        }
        guard missing.isEmpty else {
            let packages = missing.map { "tesseract-ocr-\($0)" }.joined(separator: " ")
            throw .engineUnavailable(
                "no language model for \(missing.joined(separator: ", ")) in \(directory); install it with `apt-get install \(packages)` (make deps installs lav, rus, eng, osd)"
            )
        }
        var identities: [String: String] = [:]
        for list in [languages] + otherLanguages {
            let models = list.split(separator: "+").compactMap { fingerprints[String($0)] }
            identities[list] = "tesseract \(Self.version) [\(models.joined(separator: ","))]"
        }
        self.languages = languages
        self.pageSegmentationMode = pageSegmentationMode
        self.invertThreshold = invertThreshold
        self.dataPath = environment
        self.identities = identities
        self.engineIdentity = identities[languages]!
        self.orientationIdentity = "tesseract \(Self.version) [\(fingerprints["osd"]!)]"
    }

    public static var version: String { TessVersion().map { String(cString: $0) } ?? "unknown" }

    public func makeEngine() throws(OCRError) -> any OCREngine { try makeEngine(languages: languages) }

    public func engineIdentity(languages: String) -> String {
        // A list not checked at start-up gets a name no stored result has: its pages are read, never wrongly memoised.
        identities[languages] ?? "tesseract \(Self.version) [\(languages):unchecked]"
    }

    public func makeEngine(languages: String) throws(OCRError) -> any OCREngine {
        try TesseractEngine(
            languages: languages, pageSegmentationMode: pageSegmentationMode, invertThreshold: invertThreshold, dataPath: dataPath)
    }

    public func makeOrientationDetector() throws(OCRError) -> (any OrientationDetector)? {
        try TesseractOrientationDetector(dataPath: dataPath)
    }
}
