/// One command's run: wall time, peak resident memory, exit status, output.
struct TimedRun: Sendable {
    let status: Int32
    let seconds: Double
    let peakRSSKiB: Int
    let stdout: String
    let stderr: String
}
