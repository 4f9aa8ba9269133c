import DigitiseCore
import Foundation

/// Reads a whole source file (PNG and JPEG are single pages, decoded from memory).
enum FileBytes {
    static func read(_ path: String, format: String) throws(DecodeError) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DecodeError(.unreadable, "\(format): cannot read \(path)")
        }
        guard !data.isEmpty else { throw DecodeError(.empty, "\(format): the file is empty") }
        return [UInt8](data)
    }
}
