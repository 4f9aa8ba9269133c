/// The resolution a JPEG states in its JFIF APP0 segment (TurboJPEG does not expose it).
struct JFIFDensity {
    private(set) var dpi: Double?

    init(_ bytes: [UInt8]) {
        var offset = 2
        while offset + 4 <= bytes.count, bytes[offset] == 0xFF {
            let marker = bytes[offset + 1]
            let length = Int(bytes[offset + 2]) << 8 | Int(bytes[offset + 3])
            if marker == 0xDA || marker == 0xD9 || length < 2 { break }
            let data = offset + 4
            if marker == 0xE0, length >= 14, data + 12 <= bytes.count, Array(bytes[data..<(data + 5)]) == [0x4A, 0x46, 0x49, 0x46, 0x00] {
                let unit = bytes[data + 7]
                let x = Double(Int(bytes[data + 8]) << 8 | Int(bytes[data + 9]))
                if x > 0 {
                    if unit == 1 { dpi = x } else if unit == 2 { dpi = x * 2.54 }
                }
                return
            }
            offset += 2 + length
        }
    }
}
