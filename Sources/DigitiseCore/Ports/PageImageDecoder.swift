/// Reads page images from a stored source file (TIFF, PNG, JPEG).
///
/// Implementations must:
/// - sniff the format from the bytes, never the name;
/// - never allocate pixel memory for a page whose header breaks `limits` (throw `.tooLarge`);
/// - fail one page of a multi-page file without failing the others;
/// - be safe to call from several threads at once (each call opens its own handles).
public protocol PageImageDecoder: Sendable {
    /// Reads the headers of every page, without decoding pixels.
    /// - Returns: one entry per page, in file order; a page whose header is bad is a `.failure`.
    /// - Throws: `DecodeError` when the file as a whole cannot be read (empty, not an image, truncated header).
    func inspect(fileAt path: String, limits: DecodeLimits) throws(DecodeError) -> [Result<PageHeader, DecodeError>]

    /// Decodes one page (0-based) to 8-bit grey.
    func decode(fileAt path: String, page: Int, limits: DecodeLimits) throws(DecodeError) -> GreyImage
}
