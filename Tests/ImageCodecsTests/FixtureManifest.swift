import Foundation
import TestSupport

/// `Tests/Fixtures/images/MANIFEST.tsv`: what each committed fixture is and what a decoder must make of it.
struct Fixture: CustomStringConvertible, Sendable {
    let file: String
    let expect: String
    let width: Int?
    let height: Int?
    let dpi: Double?
    let pages: Int?

    var path: String { Repository.fixture(file) }
    var description: String { file }

    static let all: [Fixture] = {
        guard let text = try? String(contentsOfFile: Repository.fixture("MANIFEST.tsv"), encoding: .utf8) else { return [] }
        return text.split(separator: "\n").dropFirst().compactMap { line in
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 7 else { return nil }
            return Fixture(file: f[0], expect: f[2], width: Int(f[3]), height: Int(f[4]), dpi: Double(f[5]), pages: Int(f[6]))
        }
    }()

    static var valid: [Fixture] { all.filter { $0.expect == "ok" } }
    static var rejected: [Fixture] { all.filter { $0.expect != "ok" && $0.expect != "corrupt-page" } }
}
