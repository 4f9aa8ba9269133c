internal import CPNG
import DigitiseCore
import Glibc

/// Writes a grey page as PNG (the normalised image the archive stores): libpng with the "up" row filter at zlib
/// level 1, and the resolution in a pHYs chunk.
public enum PNGEncoder {
    public struct EncodeError: Error, CustomStringConvertible {
        public var description: String { "libpng could not encode the page" }
    }

    public static func grey(_ image: GreyImage, dpi: Int) throws(EncodeError) -> [UInt8] {
        var data: UnsafeMutablePointer<UInt8>?
        var size = 0
        let ok = image.pixels.withUnsafeBufferPointer { pixels in
            digitise_png_write_grey(pixels.baseAddress, UInt32(image.width), UInt32(image.height), UInt32(max(1, dpi)), &data, &size)
        }
        guard ok == 1, let data else { throw EncodeError() }
        defer { free(data) }
        return Array(UnsafeBufferPointer(start: data, count: size))
    }
}
