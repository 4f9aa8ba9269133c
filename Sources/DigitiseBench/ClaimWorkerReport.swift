/// What one `claim-worker` says when it ends (one JSON line), and `ClaimBench` reads: when it began and ended
/// (seconds since 1970), the pages it read, its claims, the takeovers among them and the results refused.
struct ClaimWorkerReport: Codable {
    let began: Double
    let ended: Double
    let pages: Int
    let claims: Int
    let takeovers: Int
    let refused: Int
}
