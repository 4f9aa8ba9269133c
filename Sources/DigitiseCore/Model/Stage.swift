/// The pipeline's stages, in the order a page passes through them.
public enum Stage: String, Sendable, Codable, CaseIterable {
    case ingest, normalise, ocr, classify, index
}
