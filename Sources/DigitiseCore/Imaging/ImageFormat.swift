/// What a source file's first bytes say it is. The extension is never trusted.
public enum ImageFormat: String, Sendable, Codable {
    case tiff, png, jpeg

    public var mediaType: String {
        switch self {
        case .tiff: "image/tiff"
        case .png: "image/png"
        case .jpeg: "image/jpeg"
        }
    }
}
