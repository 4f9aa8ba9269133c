internal import CTIFF
import DigitiseCore
import Glibc

/// One open TIFF file: the libtiff handle and the buffer its error handler writes into, released together.
///
/// Not thread-safe; each decode call opens its own.
final class TIFFHandle {
    private let tiff: OpaquePointer
    private let messages: UnsafeMutablePointer<digitise_tiff_messages>
    let path: String

    /// Any single allocation libtiff makes for one file is capped here, so a hostile header cannot ask for gigabytes.
    static let maxSingleAllocation = 1 << 30

    /// Opens the file on a descriptor of its own (a `dup` of the source file's, which libtiff closes).
    init(_ file: SourceFile) throws(DecodeError) {
        let descriptor = dup(file.descriptor)
        guard descriptor >= 0 else { throw DecodeError(.unreadable, "TIFF: cannot duplicate the file's descriptor") }
        // libtiff keeps its own position on the shared open file; start it at the beginning.
        lseek(descriptor, 0, SEEK_SET)
        let path = file.path
        messages = .allocate(capacity: 1)
        messages.initialize(to: digitise_tiff_messages())
        guard let tiff = digitise_tiff_fdopen(descriptor, path, messages, tmsize_t(Self.maxSingleAllocation)) else {
            // TIFFFdOpenExt does not close the descriptor when it fails (tif_unix.c closes only on TIFFClose).
            close(descriptor)
            let why = Self.text(of: messages)
            messages.deallocate()
            throw DecodeError(
                why.contains("Cannot read TIFF header") || why.isEmpty ? .truncated : .corrupt, "TIFF: \(why.isEmpty ? "cannot open" : why)"
            )
        }
        self.tiff = tiff
        self.path = path
    }

    deinit {
        TIFFClose(tiff)
        messages.deallocate()
    }

    /// The first message libtiff reported since the last `clearMessages()`.
    var lastMessage: String { Self.text(of: messages) }
    var hadError: Bool { messages.pointee.count > 0 }
    func clearMessages() { messages.pointee = digitise_tiff_messages() }

    var pageCount: Int { Int(TIFFNumberOfDirectories(tiff)) }

    /// Selects a page (0-based).
    func select(page: Int) throws(DecodeError) {
        clearMessages()
        guard TIFFSetDirectory(tiff, tdir_t(page)) == 1 else {
            throw DecodeError(.corrupt, page: page, "TIFF: cannot read the page's directory: \(lastMessage)")
        }
    }

    func u32(_ tag: Int32) -> UInt32? {
        var v: UInt32 = 0
        return digitise_tiff_get_u32(tiff, UInt32(tag), &v) == 1 ? v : nil
    }

    func u16(_ tag: Int32, defaulted: Bool = false) -> UInt16? {
        var v: UInt16 = 0
        let found = defaulted ? digitise_tiff_get_u16_defaulted(tiff, UInt32(tag), &v) : digitise_tiff_get_u16(tiff, UInt32(tag), &v)
        return found == 1 ? v : nil
    }

    func float(_ tag: Int32) -> Float? {
        var v: Float = 0
        return digitise_tiff_get_float(tiff, UInt32(tag), &v) == 1 ? v : nil
    }

    /// The current page's header, without reading pixel data.
    func header(page: Int) throws(DecodeError) -> PageHeader {
        guard let width = u32(TIFFTAG_IMAGEWIDTH), let height = u32(TIFFTAG_IMAGELENGTH) else {
            throw DecodeError(.corrupt, page: page, "TIFF: the page has no image width or length")
        }
        let bits = Int(u16(TIFFTAG_BITSPERSAMPLE, defaulted: true) ?? 1)
        let samples = Int(u16(TIFFTAG_SAMPLESPERPIXEL, defaulted: true) ?? 1)
        // libtiff's RGBA reader takes unsigned integer samples of 1-16 bits; anything else is said plainly here
        // rather than as its "Sorry, can not handle ...".
        let format = Int32(u16(TIFFTAG_SAMPLEFORMAT, defaulted: true) ?? UInt16(SAMPLEFORMAT_UINT))
        guard format == SAMPLEFORMAT_UINT else {
            let name =
                format == SAMPLEFORMAT_IEEEFP ? "floating-point" : format == SAMPLEFORMAT_INT ? "signed integer" : "complex or unknown"
            throw DecodeError(
                .unsupported, page: page,
                "TIFF: \(bits)-bit \(name) samples (SampleFormat \(format)) are not a scan's format; only unsigned 1-16 bit samples are read: save the page as 8- or 16-bit"
            )
        }
        guard [1, 2, 4, 8, 16].contains(bits) else {
            throw DecodeError(
                .unsupported, page: page,
                "TIFF: \(bits)-bit samples are not read; only 1, 2, 4, 8 and 16 bits: save the page as 8- or 16-bit")
        }
        let photometric = u16(TIFFTAG_PHOTOMETRIC).map(Int32.init)
        return PageHeader(
            width: Int(width), height: Int(height), bitsPerSample: bits, samplesPerPixel: samples,
            colourModel: Self.colourModel(photometric), dpi: dpi)
    }

    /// Checks that libtiff's RGBA reader can decode the current page (photometric, bits, compression).
    func checkDecodable(page: Int) throws(DecodeError) {
        var reason = [CChar](repeating: 0, count: 1024)
        guard TIFFRGBAImageOK(tiff, &reason) == 1 else {
            throw DecodeError(.unsupported, page: page, "TIFF: \(Self.string(reason))")
        }
    }

    /// Decodes the current page to 8-bit grey in bands of rows, so the RGBA scratch stays small.
    func decodeGrey(page: Int, header: PageHeader) throws(DecodeError) -> GreyImage {
        clearMessages()
        var reason = [CChar](repeating: 0, count: 1024)
        var image = TIFFRGBAImage()
        guard TIFFRGBAImageBegin(&image, tiff, 0, &reason) == 1 else {
            throw DecodeError(.unsupported, page: page, "TIFF: \(Self.string(reason))")
        }
        defer { TIFFRGBAImageEnd(&image) }
        image.req_orientation = UInt16(ORIENTATION_TOPLEFT)
        let width = Int(image.width), height = Int(image.height)
        let band = max(1, min(height, (4 << 20) / max(1, width * 4)))
        var raster = [UInt32](repeating: 0, count: width * band)
        var grey = [UInt8](repeating: 255, count: width * height)
        var row = 0
        while row < height {
            let rows = min(band, height - row)
            image.row_offset = Int32(row)
            image.col_offset = 0
            let ok = raster.withUnsafeMutableBufferPointer { TIFFRGBAImageGet(&image, $0.baseAddress, UInt32(width), UInt32(rows)) }
            if ok != 1 || hadError {
                let why = lastMessage
                let kind: DecodeError.Kind =
                    why.localizedCaseInsensitiveContains("read error") || why.contains("Premature") || why.contains("EOF")
                    ? .truncated : .corrupt
                throw DecodeError(
                    kind, page: page, "TIFF: cannot decode rows \(row)-\(row + rows - 1): \(why.isEmpty ? "libtiff gave no reason" : why)")
            }
            grey.withUnsafeMutableBufferPointer { out in
                raster.withUnsafeBufferPointer { abgr in
                    Luminance.convertABGR(abgr, count: width * rows, into: out, at: row * width)
                }
            }
            row += rows
        }
        return GreyImage(width: width, height: height, pixels: grey, dpi: header.dpi)
    }

    private var dpi: Double? {
        guard let x = float(TIFFTAG_XRESOLUTION), x.isFinite, x > 0 else { return nil }
        switch Int32(u16(TIFFTAG_RESOLUTIONUNIT, defaulted: true) ?? UInt16(RESUNIT_INCH)) {
        case RESUNIT_CENTIMETER: return Double(x) * 2.54
        case RESUNIT_NONE: return nil
        default: return Double(x)
        }
    }

    private static func colourModel(_ photometric: Int32?) -> String {
        switch photometric {
        case PHOTOMETRIC_MINISWHITE: "grey (min-is-white)"
        case PHOTOMETRIC_MINISBLACK: "grey"
        case PHOTOMETRIC_RGB: "rgb"
        case PHOTOMETRIC_PALETTE: "palette"
        case PHOTOMETRIC_SEPARATED: "cmyk"
        case PHOTOMETRIC_YCBCR: "ycbcr"
        case PHOTOMETRIC_CIELAB: "cielab"
        case nil: "unknown"
        case let other?: "photometric \(other)"
        }
    }

    private static func text(of messages: UnsafeMutablePointer<digitise_tiff_messages>) -> String {
        withUnsafeBytes(of: &messages.pointee.message) { raw in
            let bytes = raw.prefix { $0 != 0 }
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    private static func string(_ chars: [CChar]) -> String {
        String(decoding: chars.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
