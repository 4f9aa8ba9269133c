internal import CTesseract
import DigitiseCore
import Foundation

/// Makes one `TesseractEngine` per worker, with the pipeline's languages and page segmentation.
public struct TesseractEngineFactory: OCREngineFactory {
    public static let defaultDataPath = "/usr/share/tesseract-ocr/5/tessdata"

    public let languages: String
    public let pageSegmentationMode: Int
    public let engineIdentity: String
    public let orientationIdentity: String
    private let dataPath: String?

    /// - Throws: `OCRError.engineUnavailable` naming each missing language model and how to install it.
    public init(languages: String, pageSegmentationMode: Int) throws(OCRError) {
        let environment = ProcessInfo.processInfo.environment["TESSDATA_PREFIX"]
        let directory = environment ?? Self.defaultDataPath
        let codes = languages.split(separator: "+").map(String.init)
        guard !codes.isEmpty, codes.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } }) else {
            throw .engineUnavailable("'\(languages)' is not a language list; write codes joined by '+', e.g. lav+rus+eng")
        }
        var fingerprints: [String] = []
        var missing: [String] = []
        for code in codes + ["osd"] {
            let path = directory + "/" + code + ".traineddata"
            if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int {
                // The model file's size stands for its version: Debian ships one build per package version.
                fingerprints.append("\(code):\(size)")
            } else {
                missing.append(code)
            }
        }
        guard missing.isEmpty else {
            let packages = missing.map { "tesseract-ocr-\($0)" }.joined(separator: " ")
            throw .engineUnavailable(
                "no language model for \(missing.joined(separator: ", ")) in \(directory); install it with `apt-get install \(packages)` (make deps installs lav, rus, eng, osd)"
            )
        }
        self.languages = languages
        self.pageSegmentationMode = pageSegmentationMode
        self.dataPath = environment
        let osd = fingerprints.removeLast()
        self.engineIdentity = "tesseract \(Self.version) [\(fingerprints.joined(separator: ","))]"
        self.orientationIdentity = "tesseract \(Self.version) [\(osd)]"
    }

    public static var version: String { TessVersion().map { String(cString: $0) } ?? "unknown" }

    public func makeEngine() throws(OCRError) -> any OCREngine {
        try TesseractEngine(languages: languages, pageSegmentationMode: pageSegmentationMode, dataPath: dataPath)
    }

    public func makeOrientationDetector() throws(OCRError) -> (any OrientationDetector)? {
        try TesseractOrientationDetector(dataPath: dataPath)
    }
}
