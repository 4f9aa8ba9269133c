/// The Tesseract engines one OCR worker owns, one per language list it has met, created in that worker's thread.
///
/// Holds at most `capacity` engines (each is 30-100 MB of models): the one used longest ago is released first.
///
/// An engine is also replaced after `pagesPerEngine` pages. Tesseract keeps its recognition buffers at the size of
/// the largest line it has read so far (heaptrack: bench/results/history-memory.md), so an engine that lives all
/// night grows towards the night's worst page; a fresh one now and then bounds that, for the price of loading the
/// models again. Every 100 pages, not more often: each renewal is itself a passing rise in memory while the other
/// worker reads on, so on the memory bench renewing every 25 pages gave a higher peak than every 100, and on pages
/// that differ every 100 was no higher than every 25 (bench/results/history-memory.md).
final class OCREngineShelf {
    private let factory: any OCREngineFactory
    private let capacity: Int
    private let pagesPerEngine: Int
    private var engines: [(languages: String, engine: any OCREngine, pages: Int)] = []

    init(factory: any OCREngineFactory, capacity: Int = 2, pagesPerEngine: Int = 100) {
        self.factory = factory
        self.capacity = max(1, capacity)
        self.pagesPerEngine = max(1, pagesPerEngine)
    }

    /// The engine for `languages`, made now if the worker has none.
    func engine(for languages: String) throws(OCRError) -> any OCREngine {
        if let index = engines.firstIndex(where: { $0.languages == languages }) {
            if engines[index].pages < pagesPerEngine {
                var entry = engines.remove(at: index)
                entry.pages += 1
                engines.append(entry)
                return entry.engine
            }
            engines.remove(at: index)  // worn out: released here, before its successor loads its models
        }
        if engines.count >= capacity { engines.removeFirst() }
        let engine = try factory.makeEngine(languages: languages)
        engines.append((languages, engine, 1))
        return engine
    }
}
