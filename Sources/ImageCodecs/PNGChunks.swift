/// Reads the PNG chunks the simplified API keeps to itself (IHDR's colour type, pHYs) from the raw bytes.
struct PNGChunks {
    struct IHDR { let bitDepth: Int; let colourType: Int }

    private(set) var ihdr: IHDR?
    /// Dots per inch from pHYs, when its unit is the metre.
    private(set) var dpi: Double?

    /// Why the file cannot be what its chunks say, before libpng reads it: a chunk declaring more bytes than the
    /// file holds. libpng 1.6.39 allocates (and zeroes) a chunk's declared length before it reads it, so a 41-byte
    /// file declaring a 2 GiB text chunk made it take 2 GiB (`make fuzz` found it); checked here, nothing libpng
    /// allocates this way can exceed the file, which `ingest.max_file_bytes` bounds.
    private(set) var overlong: String?

    /// One walk over every chunk up to IEND: IHDR and pHYs from those before the image data, and any chunk that
    /// runs past the end of the file.
    init(_ bytes: [UInt8]) {
        var offset = 8
        var beforeImageData = true
        func u32(_ at: Int) -> Int {
            Int(bytes[at]) << 24 | Int(bytes[at + 1]) << 16 | Int(bytes[at + 2]) << 8 | Int(bytes[at + 3])
        }
        while offset + 8 <= bytes.count {
            let length = u32(offset)
            let type = String(decoding: bytes[(offset + 4)..<(offset + 8)].map { (0x20...0x7E).contains($0) ? $0 : 0x3F }, as: UTF8.self)
            let data = offset + 8
            guard data + length + 4 <= bytes.count else {
                overlong = "a \(type) chunk declares \(length) bytes but the file ends after \(bytes.count); refused before decoding"
                return
            }
            if type == "IEND" { return }
            if type == "IDAT" { beforeImageData = false }
            if beforeImageData, type == "IHDR", length >= 13 {
                ihdr = IHDR(bitDepth: Int(bytes[data + 8]), colourType: Int(bytes[data + 9]))
            } else if beforeImageData, type == "pHYs", length >= 9, bytes[data + 8] == 1 {
                let perMetre = Double(u32(data))
                if perMetre > 0 { dpi = perMetre * 0.0254 }
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
