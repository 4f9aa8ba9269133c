import ArgumentParser

/// `digitise-bench`: measures digitise beside its peers on the same pages, in one run (`make bench`), and the
/// catalog at scale (`make bench-catalog`), many workers on one PostgreSQL catalog (`make bench-scale`).
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "digitise-bench",
        abstract: "Side-by-side benchmarks: OCR speed and accuracy against the peers, and the catalog at scale.",
        subcommands: [
            OCRBenchCommand.self, DegradedBenchCommand.self, MemoryBenchCommand.self, CatalogBenchCommand.self, ClassifierBenchCommand.self,
            LoadBenchCommand.self, ScaleBenchCommand.self, ClaimWorkerCommand.self,
        ])
}
