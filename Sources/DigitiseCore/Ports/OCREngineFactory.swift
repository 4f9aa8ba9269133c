/// Makes one `OCREngine` per worker. Safe to share between threads.
public protocol OCREngineFactory: Sendable {
    /// The engine, its version and its models, e.g. `tesseract 5.3.0 lav+rus+eng`; part of every derivation key,
    /// so a new engine or model re-does exactly the OCR it changes.
    var engineIdentity: String { get }

    /// Creates an engine for the calling thread.
    func makeEngine() throws(OCRError) -> any OCREngine

    /// The identity of an engine reading `languages` instead of the factory's own (a language map).
    func engineIdentity(languages: String) -> String

    /// Creates an engine for the calling thread that reads `languages`.
    func makeEngine(languages: String) throws(OCRError) -> any OCREngine

    /// The orientation detector's identity (part of the normalise derivation key), or `none`.
    var orientationIdentity: String { get }

    /// Creates an orientation detector for the calling thread, or nil when the engine has none.
    func makeOrientationDetector() throws(OCRError) -> (any OrientationDetector)?
}

extension OCREngineFactory {
    /// Engines without language models read every language alike.
    public func engineIdentity(languages: String) -> String { engineIdentity }
    public func makeEngine(languages: String) throws(OCRError) -> any OCREngine { try makeEngine() }
    public var orientationIdentity: String { "none" }
    public func makeOrientationDetector() throws(OCRError) -> (any OrientationDetector)? { nil }
}
