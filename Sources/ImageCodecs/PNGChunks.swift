/// Reads the PNG chunks the simplified API keeps to itself (IHDR's colour type, pHYs) from the raw bytes.
struct PNGChunks {
    struct IHDR { let bitDepth: Int; let colourType: Int }

    private(set) var ihdr: IHDR?
    /// Dots per inch from pHYs, when its unit is the metre.
    private(set) var dpi: Double?

    init(_ bytes: [UInt8]) {
        var offset = 8
        func u32(_ at: Int) -> Int {
            Int(bytes[at]) << 24 | Int(bytes[at + 1]) << 16 | Int(bytes[at + 2]) << 8 | Int(bytes[at + 3])
        }
        while offset + 8 <= bytes.count {
            let length = u32(offset)
            let type = String(decoding: bytes[(offset + 4)..<(offset + 8)], as: UTF8.self)
            let data = offset + 8
            guard length >= 0, data + length <= bytes.count else { break }
            if type == "IHDR", length >= 13 {
                ihdr = IHDR(bitDepth: Int(bytes[data + 8]), colourType: Int(bytes[data + 9]))
            } else if type == "pHYs", length >= 9, bytes[data + 8] == 1 {
                let perMetre = Double(u32(data))
                if perMetre > 0 { dpi = perMetre * 0.0254 }
            } else if type == "IDAT" || type == "IEND" {
                break
            }
            offset = data + length + 4
        }
    }

    static func samples(colourType: Int) -> Int {
        switch colourType {
        case 2: 3
        case 4: 2
        case 6: 4
        default: 1
        }
    }

    static func colourModel(colourType: Int) -> String {
        switch colourType {
        case 0: "grey"
        case 2: "rgb"
        case 3: "palette"
        case 4: "grey+alpha"
        case 6: "rgba"
        default: "colour type \(colourType)"
        }
    }
}
