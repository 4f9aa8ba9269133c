/// Reads page images from a source file (TIFF, PNG, JPEG).
///
/// Implementations must:
/// - open the file without following a symbolic link or waiting on a FIFO or device, and refuse anything but a
///   regular file (`.notAFile`): the inbox may change between the scan and the read;
/// - sniff the format from the bytes, never the name, and name it in an error found after it (`DecodeError.format`);
/// - never allocate pixel memory for a page whose header breaks `limits` (throw `.tooLarge` or `.tooSmall`), nor
///   read a file larger than `limits.maxFileBytes`;
/// - fail one page of a multi-page file without failing the others;
/// - be safe to call from several threads at once (each call opens its own handles).
public protocol PageImageDecoder: Sendable {
    /// Reads the format and the headers of every page, without decoding pixels.
    /// - Throws: `DecodeError` when the file as a whole cannot be read (empty, not an image, truncated header, too
    ///   many pages, too large, not a regular file).
    func inspect(fileAt path: String, limits: DecodeLimits) throws(DecodeError) -> InspectedSource

    /// Decodes one page (0-based) to 8-bit grey.
    func decode(fileAt path: String, page: Int, limits: DecodeLimits) throws(DecodeError) -> GreyImage
}
