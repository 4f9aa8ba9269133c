/// Why a source file or one of its pages could not be decoded.
public struct DecodeError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable, CaseIterable {
        case empty, truncated, tooLarge = "too-large", tooSmall = "too-small", notAnImage = "not-an-image", unsupported, corrupt
        case unreadable, notAFile = "not-a-file"
        /// The reading process died (or hung) on this file twice; it is not read again until reprocessed.
        case readerCrashed = "reader-crashed", readerHung = "reader-hung"
    }

    public let kind: Kind
    /// The 0-based page within the source, when the error concerns one page only.
    public let page: Int?
    /// The library's own words and the context.
    public let message: String
    /// The file's format when its bytes were recognised before it failed further in: worth recording, so that no
    /// one has to sniff the bytes again.
    public var format: ImageFormat?

    public init(_ kind: Kind, page: Int? = nil, _ message: String) {
        self.kind = kind
        self.page = page
        self.message = message
    }

    public var description: String {
        (page.map { "page \($0 + 1): " } ?? "") + message
    }

    /// The core's vocabulary: decoding belongs to the stage that reads the pixels.
    public func failure(at stage: Stage) -> StageFailure {
        switch kind {
        case .readerCrashed: StageFailure(stage: stage, code: "reader.crashed", message: description)
        case .readerHung: StageFailure(stage: stage, code: "reader.hung", message: description)
        default: StageFailure(stage: stage, code: "decode.\(kind.rawValue)", message: description)
        }
    }
}
