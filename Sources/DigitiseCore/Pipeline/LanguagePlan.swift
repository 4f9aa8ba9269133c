/// Which Tesseract languages read which document: the pipeline's, unless a language map names the document or its
/// personal file (a batch from a German consulate, a file of Russian-only records).
///
/// A map is a text file, one entry a line: `FILE-ID LANGS` or `FILE-ID/DOCUMENT LANGS` (DOCUMENT as in the inbox,
/// e.g. `01-application.tif`); `#` starts a comment. A document entry wins over its file's.
///
/// The languages are part of a page's OCR derivation key, so a page read with other languages than the ones a
/// later run asks for is read again by that run.
public struct LanguagePlan: Sendable, Equatable {
    public let defaultLanguages: String
    public private(set) var byFile: [FileID: String] = [:]
    public private(set) var byDocument: [String: String] = [:]

    public init(defaultLanguages: String) { self.defaultLanguages = defaultLanguages }

    /// - Throws: `LanguageMapError` naming the line of the first malformed entry.
    public init(defaultLanguages: String, map text: String, source: String) throws(LanguageMapError) {
        self.init(defaultLanguages: defaultLanguages)
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
            if fields.isEmpty { continue }
            func problem(_ reason: String) -> LanguageMapError { LanguageMapError(source: source, line: index + 1, reason: reason) }
            guard fields.count == 2 else { throw problem("expected `FILE-ID[/DOCUMENT] LANGS`, found \(fields.count) field(s)") }
            let target = fields[0].split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
            let languages = String(fields[1])
            guard Self.isLanguageList(languages) else {
                throw problem("'\(languages)' is not a '+'-joined list of Tesseract language models, e.g. deu or lav+rus+eng")
            }
            guard let file = FileID(validating: String(target[0])) else { throw problem("'\(target[0])' is not a personal file ID") }
            if target.count == 2 {
                guard !target[1].isEmpty, !target[1].contains("/") else { throw problem("'\(fields[0])' names no document") }
                byDocument["\(file)/\(target[1])"] = languages
            } else {
                byFile[file] = languages
            }
        }
    }

    /// The languages that read this page.
    public func languages(for job: PageJob) -> String {
        byDocument["\(job.fileID)/\(job.documentName)"] ?? byFile[job.fileID] ?? defaultLanguages
    }

    /// Every language list the plan may use, the default first.
    public var languageLists: [String] {
        [defaultLanguages] + Set(byFile.values).union(byDocument.values).subtracting([defaultLanguages]).sorted()
    }

    /// The jobs grouped by their languages, each group in its given order, the groups in the order of their first
    /// job: each OCR worker then loads a set of language models once instead of switching page after page, and
    /// with the jobs largest first (as the catalog gives them) the group of the largest page comes first and the
    /// night ends on small pages, as it does without a map.
    public func grouped(_ jobs: [PageJob]) -> [PageJob] {
        guard !byFile.isEmpty || !byDocument.isEmpty else { return jobs }
        var groups: [String: [PageJob]] = [:]
        var order: [String] = []
        for job in jobs {
            let languages = languages(for: job)
            if groups[languages] == nil { order.append(languages) }
            groups[languages, default: []].append(job)
        }
        return order.flatMap { groups[$0] ?? [] }
    }

    /// Tesseract's form: model names joined by `+`.
    public static func isLanguageList(_ text: String) -> Bool {
        let codes = text.split(separator: "+", omittingEmptySubsequences: false)
        return !codes.isEmpty && codes.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } }
    }
}
