/// One measured `digitise run` of the memory bench.
struct MemoryRun {
    let seconds: Double
    let rssMiB: Double
    /// Pages done or found blank, from the run's JSON summary (a run that read fewer pages measured less).
    let done: Int
}
