/// Why a page or document could not be processed: recorded in the catalog, shown in the summary.
///
/// `code` is a stable, machine-readable reason (`decode.truncated`, `ocr.timeout`, ...); `message` is for people
/// and carries the library's own words and the context (file, page).
public struct StageFailure: Error, Sendable, Hashable, Codable {
    public let stage: Stage
    public let code: String
    public let message: String

    public init(stage: Stage, code: String, message: String) {
        self.stage = stage
        self.code = code
        self.message = message
    }
}
