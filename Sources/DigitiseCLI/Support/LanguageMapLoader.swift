import DigitiseCore
import Foundation

/// Reads `run --language-map FILE` into a language plan; no file means every page is read with the defaults.
enum LanguageMapLoader {
    static func load(_ path: String?, defaultLanguages: String) throws -> LanguagePlan {
        guard let path else { return LanguagePlan(defaultLanguages: defaultLanguages) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure(status: .noInput, message: "cannot read the language map \(path): check the path and its permissions")
        }
        do {
            return try LanguagePlan(defaultLanguages: defaultLanguages, map: String(decoding: data, as: UTF8.self), source: path)
        } catch {
            throw CommandFailure(status: .usage, message: "\(error.description); fix the entry and run again")
        }
    }
}
