import DigitiseCore
import Foundation

/// Page texts with the archive's real word frequencies: words drawn by how often they occur in real OCR ground
/// truth (`../shared/corpus/real/*.gt.txt`) and in the project's own document templates (`corpus/templates`, lv, ru
/// and en), a long tail of made-up surnames (about 10,000, some very common), and each personal file's own person
/// (name and personal code) on its pages, as in a real file. Deterministic by seed.
struct ArchiveLikeText {
    /// Every distinct word with how often it occurs, most frequent first, and the running total for drawing.
    private let words: [String]
    private let cumulative: [Int]
    /// Consecutive word pairs of the sources, for phrase queries that can match.
    let bigrams: [String]
    private var random: SeededRandom
    private var people: [String: Person] = [:]

    /// The person a personal file is about.
    struct Person {
        let name: String
        let code: String
    }

    /// - Parameter sources: text files to count words in.
    init(sources: [String], seed: UInt64) throws {
        var counts: [String: Int] = [:]
        var pairs: [String: Int] = [:]
        for path in sources {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            for line in text.split(separator: "\n") where !line.hasPrefix("===") {
                // Template slots (`{surname}`) are not words of the archive.
                let clean = line.replacingOccurrences(of: #"\{[a-z_]+\}"#, with: " ", options: .regularExpression)
                let tokens = clean.split { !$0.isLetter && !$0.isNumber }.map(String.init).filter { $0.count > 1 }
                for token in tokens { counts[token, default: 0] += 1 }
                for (a, b) in zip(tokens, tokens.dropFirst()) where a.count > 3 && b.count > 3 { pairs["\(a) \(b)", default: 0] += 1 }
            }
        }
        guard counts.count > 500 else { throw BenchError("word sources: only \(counts.count) distinct words in \(sources)") }
        let ranked = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        words = ranked.map(\.key)
        var total = 0
        cumulative = ranked.map {
            total += $0.value; return total
        }
        bigrams = pairs.filter { $0.value >= 2 }.keys.sorted()
        random = SeededRandom(seed: seed)
    }

    /// The real texts the words are counted in: the shared corpus's ground truth and the project's templates.
    static func defaultSources(corpus: String, templates: String) -> [String] {
        let fm = FileManager.default
        let truth = ((try? fm.contentsOfDirectory(atPath: corpus)) ?? []).filter { $0.hasSuffix(".gt.txt") }.map { corpus + "/" + $0 }
        let own = ((try? fm.contentsOfDirectory(atPath: templates)) ?? []).filter { $0.hasSuffix(".txt") }.map { templates + "/" + $0 }
        return (truth + own).sorted()
    }

    static let givenNames = [
        "Jānis", "Anna", "Pēteris", "Līga", "Andris", "Ilze", "Māris", "Dace", "Kārlis", "Inese", "Алексей", "Мария", "Дмитрий", "Елена",
        "Ahmad", "Mariam", "Yusuf", "Amina", "Omar", "Leila", "Daniel", "Sarah", "Tariq", "Nadia", "Ivan", "Olena", "Fatima", "Timur",
    ]
    static let stems = [
        "Bērz", "Kaln", "Oz", "Liep", "Krūm", "Vīt", "Jans", "Zar", "Ābel", "Sil", "Egl", "Kļav", "Priede", "Rozen", "Vanag", "Strazd",
        "Kuzņec", "Smirn", "Petr", "Ivan", "Sokol", "Volk", "Popov", "Rahim", "Hasan", "Karim", "Haddad", "Novak", "Kovalen", "Mens",
        "Okaf", "Tesfay", "Ahmad", "Husein", "Said", "Nazar", "Bondar", "Melnik", "Šev", "Grīn", "Dāv", "Lūk", "Mikel", "Pauls",
    ]
    static let middles = ["", "", "", "iņ", "ul", "ov", "en", "ar", "el", "ik", "an", "ēn", "ur", "ēj", "it", "al"]
    static let endings = ["š", "s", "a", "e", "ovs", "ova", "enko", "i", "is", "ijs", "ins", "āne", "ēvičs", "ska"]

    /// A file's person, the same on each of its pages and in every catalog filled with the same seed (drawn from
    /// the file's ID): one of about 10,000 surnames, skewed (some very common).
    mutating func person(of file: String) -> Person {
        if let known = people[file] { return known }
        var own = SeededRandom(seed: file.utf8.reduce(UInt64(14_695_981_039_346_656_037)) { ($0 ^ UInt64($1)) &* 1_099_511_628_211 })
        func pick(_ n: Int) -> Int { Int(own.next() % UInt64(n)) }
        func skewed(_ n: Int) -> Int {
            let u = Double(own.next() % 1_000_000) / 1_000_000
            return min(n - 1, Int(Double(n) * u * u))
        }
        let s = Self.stems[skewed(Self.stems.count)], m = Self.middles[pick(Self.middles.count)],
            e = Self.endings[skewed(Self.endings.count)]
        let name = Self.givenNames[pick(Self.givenNames.count)] + " " + s + m + e
        let code = String(format: "%02d%02d%02d-%05d", 1 + pick(28), 1 + pick(12), pick(100), pick(100_000))
        let person = Person(name: name, code: code)
        people[file] = person
        return person
    }

    /// The people made so far, by file (for queries that find them).
    var knownPeople: [Person] { people.keys.sorted().compactMap { people[$0] } }

    /// A page of about 1,500 characters for a personal file: lines of words at their real frequencies, the file's
    /// person named and coded now and then, dates.
    mutating func page(of file: String) -> String {
        let who = person(of: file)
        var lines: [String] = []
        var length = 0
        while length < 1_500 {
            // Now and then two words as they stand together in the sources, so that phrases are found as in life.
            var line = (0..<(6 + pick(8))).map { _ in pick(12) == 0 && !bigrams.isEmpty ? bigrams[pick(bigrams.count)] : word() }
            switch pick(8) {
            case 0: line.append(who.name)
            case 1: line += ["personas kods", who.code]
            case 2: line.append(String(format: "%02d.%02d.%04d.", 1 + pick(28), 1 + pick(12), 1950 + pick(75)))
            default: break
            }
            let text = line.joined(separator: " ")
            lines.append(text)
            length += text.count + 1
        }
        return lines.joined(separator: "\n")
    }

    /// A word drawn by its frequency in the sources.
    mutating func word() -> String {
        let target = Int(random.next() % UInt64(cumulative.last ?? 1))
        var low = 0, high = cumulative.count - 1
        while low < high {
            let mid = (low + high) / 2
            if cumulative[mid] > target { high = mid } else { low = mid + 1 }
        }
        return words[low]
    }

    /// Words of middling frequency (ranks 50 to 2,000), for prefix queries.
    var middlingWords: [String] { Array(words.dropFirst(50).prefix(1_950)) }

    private mutating func pick(_ n: Int) -> Int { Int(random.next() % UInt64(n)) }
}
