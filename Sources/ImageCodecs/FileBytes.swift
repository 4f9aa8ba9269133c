import DigitiseCore

/// Reads a whole source file (PNG and JPEG are single pages, decoded from memory).
enum FileBytes {
    static func read(_ file: SourceFile, format: String) throws(DecodeError) -> [UInt8] {
        let bytes = try file.readAll()
        guard bytes.count == file.size else {
            throw DecodeError(.truncated, "\(format): the file shrank from \(file.size) to \(bytes.count) bytes while it was read")
        }
        return bytes
    }
}
