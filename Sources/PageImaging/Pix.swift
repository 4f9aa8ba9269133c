internal import CLeptonica
import DigitiseCore

/// One Leptonica image (`PIX`), owned here and destroyed in `deinit`.
///
/// Not `Sendable`: a Pix is created, used and released inside one normalisation call, on one thread.
final class Pix {
    let pointer: UnsafeMutablePointer<PIX>

    /// Takes ownership of a PIX a Leptonica call returned; nil stays nil (the call failed).
    init?(taking pointer: UnsafeMutablePointer<PIX>?) {
        guard let pointer else { return nil }
        self.pointer = pointer
    }

    /// Copies an 8-bit grey image into a new 8 bpp PIX.
    convenience init(_ image: GreyImage, dpi: Int) throws(NormaliseError) {
        guard let created = pixCreate(Int32(image.width), Int32(image.height), 8) else {
            throw NormaliseError(step: "memory", "cannot allocate a \(image.width) x \(image.height) image")
        }
        self.init(taking: created)!
        let words = Int(pixGetWpl(pointer))
        let data = UnsafeMutableRawPointer(pixGetData(pointer)!)
        image.pixels.withUnsafeBytes { source in
            for y in 0..<image.height {
                (data + y * words * 4).copyMemory(from: source.baseAddress! + y * image.width, byteCount: image.width)
            }
        }
        // Leptonica keeps bytes in 32-bit words, most significant first: on little-endian machines rows are swapped.
        pixEndianByteSwap(pointer)
        pixSetResolution(pointer, Int32(dpi), Int32(dpi))
    }

    deinit {
        var p: UnsafeMutablePointer<PIX>? = pointer
        pixDestroy(&p)
    }

    var width: Int { Int(pixGetWidth(pointer)) }
    var height: Int { Int(pixGetHeight(pointer)) }
    var depth: Int { Int(pixGetDepth(pointer)) }

    /// Copies the image out as 8-bit grey (a 1 bpp image becomes 0 for ink, 255 for paper).
    func grey(dpi: Int?) throws(NormaliseError) -> GreyImage {
        let eight: Pix
        if depth == 1 {
            guard let converted = Pix(taking: pixConvert1To8(nil, pointer, 255, 0)) else {
                throw NormaliseError(step: "convert", "1 bpp to grey")
            }
            eight = converted
        } else if depth == 8 {
            eight = self
        } else {
            guard let converted = Pix(taking: pixConvertTo8(pointer, 0)) else {
                throw NormaliseError(step: "convert", "\(depth) bpp to grey")
            }
            eight = converted
        }
        guard let swapped = Pix(taking: pixEndianByteSwapNew(eight.pointer)) else { throw NormaliseError(step: "memory", "byte swap") }
        let w = eight.width, h = eight.height, words = Int(pixGetWpl(swapped.pointer))
        let data = UnsafeRawPointer(pixGetData(swapped.pointer)!)
        var pixels = [UInt8](repeating: 255, count: w * h)
        pixels.withUnsafeMutableBytes { out in
            for y in 0..<h {
                (out.baseAddress! + y * w).copyMemory(from: data + y * words * 4, byteCount: w)
            }
        }
        return GreyImage(width: w, height: h, pixels: pixels, dpi: dpi.map(Double.init))
    }
}
