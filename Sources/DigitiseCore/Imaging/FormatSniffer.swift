/// Recognises a file's format from its leading bytes.
public enum FormatSniffer {
    public enum Verdict: Equatable, Sendable {
        case image(ImageFormat)
        case empty
        /// Something we know but cannot read as a page image (PDF, text, ...): the name says which.
        case notAnImage(String)
    }

    /// - Parameter prefix: the first bytes of the file (16 are enough).
    public static func sniff<Bytes: Collection>(_ prefix: Bytes) -> Verdict where Bytes.Element == UInt8 {
        let b = Array(prefix.prefix(16))
        if b.isEmpty { return .empty }
        if b.starts(with: [0x49, 0x49, 0x2A, 0x00]) || b.starts(with: [0x4D, 0x4D, 0x00, 0x2A])
            || b.starts(with: [0x49, 0x49, 0x2B, 0x00]) || b.starts(with: [0x4D, 0x4D, 0x00, 0x2B])
        {
            return .image(.tiff)
        }
        if b.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .image(.png) }
        if b.starts(with: [0xFF, 0xD8, 0xFF]) { return .image(.jpeg) }
        if b.starts(with: Array("%PDF".utf8)) { return .notAnImage("a PDF document") }
        if b.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .notAnImage("a ZIP archive") }
        if b.starts(with: Array("GIF8".utf8)) { return .notAnImage("a GIF image (not accepted; rescan as TIFF or PNG)") }
        if b.starts(with: Array("BM".utf8)) { return .notAnImage("a BMP image (not accepted; rescan as TIFF or PNG)") }
        if b.count >= 12, b.starts(with: Array("RIFF".utf8)), Array(b[8..<12]) == Array("WEBP".utf8) {
            return .notAnImage("a WebP image (not accepted)")
        }
        let printable = b.allSatisfy { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || ($0 >= 0x20 && $0 != 0x7F) }
        return .notAnImage(printable ? "text" : "of an unknown format")
    }
}
