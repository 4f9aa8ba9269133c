import Foundation

/// Paths of the checkout's own material, found from this file's location (tests run from any folder).
public enum Repository {
    public static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    public static func fixture(_ name: String) -> String { root + "/Tests/Fixtures/images/" + name }
    /// A file of `Tests/Fixtures/hostile`: built to break decoders, or what `make fuzz` found.
    public static func hostile(_ name: String) -> String { root + "/Tests/Fixtures/hostile/" + name }
    public static let samplesInbox = root + "/samples/inbox"
    /// The shared corpus beside the checkout (`../shared`), as in CI.
    public static let sharedCorpus = root + "/../shared/corpus"

    /// The built `digitise` binary: `$DIGITISE_BIN`, else the debug build.
    public static var binary: String {
        ProcessInfo.processInfo.environment["DIGITISE_BIN"] ?? root + "/.build/debug/digitise"
    }
}
