/// What one worker thread owns: its OCR engine and its orientation detector, created in that thread.
public final class WorkerTools {
    public let engine: any OCREngine
    public let orientation: (any OrientationDetector)?

    public init(engine: any OCREngine, orientation: (any OrientationDetector)?) {
        self.engine = engine
        self.orientation = orientation
    }

    public static func make(with factory: any OCREngineFactory, orientationOn: Bool) throws(OCRError) -> WorkerTools {
        WorkerTools(engine: try factory.makeEngine(), orientation: orientationOn ? try factory.makeOrientationDetector() : nil)
    }
}
