internal import CTIFF
import DigitiseCore

/// Writes a grey page as a deflate-compressed TIFF through libtiff: how tests and benchmarks make synthetic inboxes
/// of many distinct pages from a few rendered ones. (The archive itself never rewrites an original.)
public enum TIFFWriter {
    public struct WriteError: Error, CustomStringConvertible {
        public let path: String
        public var description: String { "libtiff could not write \(path)" }
    }

    public static func write(_ image: GreyImage, dpi: Double, to path: String) throws(WriteError) {
        let ok = image.pixels.withUnsafeBufferPointer { pixels in
            digitise_tiff_write_grey(path, pixels.baseAddress, UInt32(image.width), UInt32(image.height), Float(dpi))
        }
        guard ok == 1 else { throw WriteError(path: path) }
    }
}
