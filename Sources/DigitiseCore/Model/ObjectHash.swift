/// The SHA-256 of an object's bytes, as 64 lowercase hex digits: the object's name in the store.
public struct ObjectHash: Hashable, Sendable, Codable, CustomStringConvertible {
    public let hex: String

    /// Returns nil unless `hex` is exactly 64 lowercase hex digits.
    public init?(hex: String) {
        guard hex.utf8.count == 64,
            hex.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) })
        else { return nil }
        self.hex = hex
    }

    public init(from decoder: any Decoder) throws {
        let raw = try decoder.singleValueContainer().decode(String.self)
        guard let hash = ObjectHash(hex: raw) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "not a SHA-256 hex digest: \(raw)"))
        }
        self = hash
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(hex)
    }

    public var description: String { hex }
}
