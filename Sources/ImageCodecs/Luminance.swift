/// Colour to grey: ITU-R BT.601 luma, the weighting scanners and Tesseract themselves use.
enum Luminance {
    @inline(__always)
    static func grey(r: UInt32, g: UInt32, b: UInt32) -> UInt8 {
        UInt8((r * 299 + g * 587 + b * 114 + 500) / 1000)
    }

    /// Converts libtiff's packed ABGR pixels (R in the low byte) to grey; alpha is ignored (scans are opaque).
    static func convertABGR(_ abgr: UnsafeBufferPointer<UInt32>, count: Int, into out: UnsafeMutableBufferPointer<UInt8>, at offset: Int) {
        for i in 0..<count {
            let p = abgr[i]
            out[offset + i] = grey(r: p & 0xFF, g: (p >> 8) & 0xFF, b: (p >> 16) & 0xFF)
        }
    }
}
