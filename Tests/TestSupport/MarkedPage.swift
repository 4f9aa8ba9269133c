import DigitiseCore
import ImageCodecs

/// A PNG of a few lines of text (the head of a sample letter: a page that reads as done) with a text chunk holding
/// a marker: the debug build's crash trigger (`DIGITISE_TEST_FAULTS=1`) crashes or hangs on `digitise-test-crash`,
/// `digitise-test-hang` and `digitise-test-crash-at-ingest`; any other marker makes a harmless page with bytes of
/// its own.
public enum MarkedPage {
    /// The letter's head, decoded and encoded once for every marked page.
    private static let head = Result { () throws -> [UInt8] in
        let letter = try ImageDecoder().decode(
            fileAt: Repository.samplesInbox + "/PF-2020-001187/03-darba-deveja-vestule.png", page: 0, limits: DecodeLimits())
        return try PNGEncoder.grey(letter.rows(from: 150, count: 550), dpi: 300)
    }

    public static func png(marker: String) throws -> [UInt8] {
        let encoded = try head.get()
        // After the signature (8 bytes) and IHDR (25): a tEXt chunk `Comment\0marker`.
        let data = Array("Comment".utf8) + [0] + Array(marker.utf8)
        let kind = Array("tEXt".utf8)
        let chunk = bigEndian(UInt32(data.count)) + kind + data + bigEndian(crc32(kind + data))
        return Array(encoded[0..<33]) + chunk + Array(encoded[33...])
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }

    /// PNG's CRC-32 (ISO 3309, reflected, polynomial 0xEDB88320).
    private static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}
