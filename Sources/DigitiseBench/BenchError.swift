/// Why a bench stopped: a missing column, a failed run, output it could not read.
struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
