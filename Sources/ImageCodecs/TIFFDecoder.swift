import DigitiseCore

/// TIFF through libtiff: single and multi-page; every compression and colour model libtiff's RGBA reader knows
/// (none, LZW, Deflate, PackBits, CCITT G3/G4, JPEG; 1-16 bits; grey, RGB, palette, CMYK, YCbCr).
struct TIFFDecoder {
    func inspect(_ file: SourceFile, limits: DecodeLimits) throws(DecodeError) -> [Result<PageHeader, DecodeError>] {
        let tiff = try TIFFHandle(file)
        let count = tiff.pageCount
        guard count > 0 else { throw DecodeError(.corrupt, "TIFF: no readable page directory: \(tiff.lastMessage)") }
        try limits.check(pageCount: count)
        var pages: [Result<PageHeader, DecodeError>] = []
        for page in 0..<count {
            do throws(DecodeError) {
                try tiff.select(page: page)
                let header = try tiff.header(page: page)
                try limits.check(header, page: page)
                try tiff.checkDecodable(page: page)
                pages.append(.success(header))
            } catch {
                pages.append(.failure(error))
            }
        }
        return pages
    }

    func decode(_ file: SourceFile, page: Int, limits: DecodeLimits) throws(DecodeError) -> GreyImage {
        let tiff = try TIFFHandle(file)
        try tiff.select(page: page)
        let header = try tiff.header(page: page)
        try limits.check(header, page: page)
        return try tiff.decodeGrey(page: page, header: header)
    }
}
