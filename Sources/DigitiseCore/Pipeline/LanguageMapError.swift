/// A language map (`digitise run --language-map`) entry that cannot be read.
public struct LanguageMapError: Error, Equatable, CustomStringConvertible {
    public let source: String
    public let line: Int
    public let reason: String

    public var description: String { "\(source), line \(line): \(reason)" }
}
