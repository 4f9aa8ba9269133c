import Foundation
import TestSupport

/// `Tests/Fixtures/hostile/MANIFEST.tsv`: files no scanner should make but an inbox may hold, and what a decoder
/// must make of each (written by `make-hostile.py`; files `make fuzz` found are added by hand as `fuzz-*`).
struct HostileFixture: CustomStringConvertible, Sendable {
    let file: String
    /// The `DecodeError.Kind` expected, by its raw value.
    let expect: String
    /// Words the error's message must hold.
    let says: String

    var path: String { Repository.hostile(file) }
    var description: String { file }

    static let all: [HostileFixture] = {
        let manifest = Repository.root + "/Tests/Fixtures/hostile/MANIFEST.tsv"
        guard let text = try? String(contentsOfFile: manifest, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").dropFirst().compactMap { line in
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 3 else { return nil }
            return HostileFixture(file: f[0], expect: f[1], says: f[2])
        }
    }()
}
