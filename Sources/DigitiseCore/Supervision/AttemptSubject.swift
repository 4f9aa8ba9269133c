/// What a reader holds while it works: a page (decode, normalise, OCR) or a source file (its headers, at ingest).
public enum AttemptSubject: Sendable, Hashable, CustomStringConvertible {
    case page(Int64)
    case source(ObjectHash)

    /// The form it travels in between the reading process and its supervisor: `page:42`, `source:<sha256>`.
    public var description: String {
        switch self {
        case .page(let id): "page:\(id)"
        case .source(let hash): "source:\(hash.hex)"
        }
    }

    public init?(_ text: some StringProtocol) {
        let parts = text.split(separator: ":", maxSplits: 1)
        guard parts.count == 2 else { return nil }
        switch parts[0] {
        case "page":
            guard let id = Int64(parts[1]) else { return nil }
            self = .page(id)
        case "source":
            guard let hash = ObjectHash(hex: String(parts[1])) else { return nil }
            self = .source(hash)
        default: return nil
        }
    }
}
