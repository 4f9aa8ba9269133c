/// What a JPEG's marker segments say before its scan: the resolution of its JFIF APP0 segment and its frame's
/// coding process and sample precision (TurboJPEG exposes neither).
struct JPEGSegments {
    private(set) var dpi: Double?
    /// The start-of-frame marker (0xC0 baseline, 0xC1 extended, 0xC2 progressive, 0xC3 lossless, ...).
    private(set) var frameMarker: UInt8?
    /// Bits per sample the frame declares (8 for nearly every JPEG; 12 or 16 for medical and archival ones).
    private(set) var precision: Int?

    init(_ bytes: [UInt8]) {
        var offset = 2
        while offset + 4 <= bytes.count, bytes[offset] == 0xFF {
            let marker = bytes[offset + 1]
            if marker == 0xFF {  // fill byte
                offset += 1
                continue
            }
            let length = Int(bytes[offset + 2]) << 8 | Int(bytes[offset + 3])
            if marker == 0xDA || marker == 0xD9 || length < 2 { break }
            let data = offset + 4
            if marker == 0xE0, dpi == nil, length >= 14, data + 12 <= bytes.count,
                Array(bytes[data..<(data + 5)]) == [0x4A, 0x46, 0x49, 0x46, 0x00]
            {
                let unit = bytes[data + 7]
                let x = Double(Int(bytes[data + 8]) << 8 | Int(bytes[data + 9]))
                if x > 0 {
                    if unit == 1 { dpi = x } else if unit == 2 { dpi = x * 2.54 }
                }
            }
            // SOF0-SOF15 except DHT (C4), JPG (C8) and DAC (CC).
            if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker), frameMarker == nil, data < bytes.count {
                frameMarker = marker
                precision = Int(bytes[data])
            }
            offset += 2 + length
        }
    }

    /// Why TurboJPEG cannot read this frame, in words an operator can act on; nil when it can.
    var unsupportedReason: String? {
        if let precision, precision != 8 {
            return
                "a \(precision)-bit JPEG (sample precision \(precision)); only 8-bit JPEGs are read: rescan as 8-bit JPEG, or as 16-bit PNG or TIFF"
        }
        if let frameMarker, [0xC3, 0xC7, 0xCB, 0xCF].contains(frameMarker) {
            return "a lossless JPEG (SOF\(frameMarker - 0xC0)); not read: rescan as PNG or TIFF"
        }
        return nil
    }
}
