/// The Tesseract engines one OCR worker owns, one per language list it has met, created in that worker's thread.
///
/// Holds at most `capacity` engines (each is 30-100 MB of models): the one used longest ago is released first.
///
/// An engine is also replaced after `pagesPerEngine` pages. Tesseract keeps its recognition buffers at the size of
/// the largest line it has read so far (heaptrack: BENCHMARKS.md, memory), so an engine that lives all night grows
/// towards the night's worst page; a fresh one every few dozen pages bounds that, for the price of loading the
/// models again (under half a second, against about a minute of reading). Measured with a fixed mmap threshold,
/// renewal took 1,000 pages from 1.18x to 1.12x the 50-page peak; with glibc's own threshold it made no difference
/// on the memory bench's 1,000 pages (247 against 240 MB, one run each), whose 50 bands are all alike: it is kept
/// for real nights, where one page's very wide lines would otherwise size an engine's buffers for the rest.
final class OCREngineShelf {
    private let factory: any OCREngineFactory
    private let capacity: Int
    private let pagesPerEngine: Int
    private var engines: [(languages: String, engine: any OCREngine, pages: Int)] = []

    init(factory: any OCREngineFactory, capacity: Int = 2, pagesPerEngine: Int = 25) {
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
