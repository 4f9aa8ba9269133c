/// Finds identifiers in OCR text: Latvian personal codes (check digit validated), passport numbers, machine-readable
/// zones (check digits validated) and dates. What fails its own check is not an identifier: OCR misreads a digit
/// far more often than a code is printed wrong.
public enum IdentifierExtractor {
    public static func identifiers(in text: String) -> [Identifier] {
        var found: [Identifier] = []
        var seen: Set<Identifier> = []
        func add(_ kind: Identifier.Kind, _ value: String) {
            let identifier = Identifier(kind: kind, value: value)
            if seen.insert(identifier).inserted { found.append(identifier) }
        }
        for match in text.matches(of: /\b(\d{6})\s?[-‐–]?\s?(\d{5})\b/) {
            let code = String(match.output.1) + String(match.output.2)
            if isValidPersonalCode(code) { add(.personalCode, String(code.prefix(6)) + "-" + String(code.suffix(5))) }
        }
        for line in text.split(whereSeparator: \.isNewline) {
            let compact = line.filter { !$0.isWhitespace }
            if let number = mrzDocumentNumber(String(compact)) { add(.mrz, number) }
        }
        for match in text.matches(of: /\b([A-Z]{2})\s?(\d{7})\b/) {
            add(.passport, String(match.output.1) + String(match.output.2))
        }
        for match in text.matches(of: /(?i:pase|pases|passport|паспорт\p{L}*|nr\.|№)[^\n\d]{0,24}(\d{2})\s?(\d{7})\b/) {
            add(.passport, String(match.output.1) + String(match.output.2))
        }
        for match in text.matches(of: /\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\b/) {
            if let date = isoDate(year: Int(match.output.3), month: Int(match.output.2), day: Int(match.output.1)) { add(.date, date) }
        }
        for match in text.matches(of: /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/) {
            if let date = isoDate(year: Int(match.output.1), month: Int(match.output.2), day: Int(match.output.3)) { add(.date, date) }
        }
        return found
    }

    /// Eleven digits without the hyphen. The old form (DDMMYY, century digit 0-2, serial, check digit) must name a real
    /// day and satisfy the check digit; the form issued since 2017 starts with 32 and carries no date.
    public static func isValidPersonalCode(_ digits: String) -> Bool {
        let d = digits.compactMap(\.wholeNumberValue)
        guard d.count == 11, digits.count == 11 else { return false }
        if d[0] == 3 && d[1] == 2 { return true }
        guard let check = personalCodeCheckDigit(Array(d.prefix(10))), check == d[10] else { return false }
        let century = [0: 1800, 1: 1900, 2: 2000][d[6]]
        guard let century else { return false }
        return isoDate(year: century + d[4] * 10 + d[5], month: d[2] * 10 + d[3], day: d[0] * 10 + d[1]) != nil
    }

    /// The check digit of a personal code's first ten digits: (1101 - Σ wᵢdᵢ) mod 11 with weights 1 6 3 7 9 10 5 8 4 2;
    /// nil when that is 10 (no such code is issued).
    public static func personalCodeCheckDigit(_ first10: [Int]) -> Int? {
        let weights = [1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        guard first10.count == 10 else { return nil }
        let sum = zip(first10, weights).map(*).reduce(0, +)
        let check = ((1101 - sum) % 11 + 11) % 11
        return check == 10 ? nil : check
    }

    /// The document number of a TD3 MRZ second line (44 characters) whose number, birth date and expiry check digits hold.
    static func mrzDocumentNumber(_ line: String) -> String? {
        let c = Array(line)
        guard c.count == 44, c.allSatisfy({ $0 == "<" || $0.isASCII && ($0.isUppercase || $0.isNumber) }) else { return nil }
        func field(_ from: Int, _ length: Int) -> [Character] { Array(c[from..<(from + length)]) }
        guard mrzCheckDigit(field(0, 9)) == c[9].wholeNumberValue, mrzCheckDigit(field(13, 6)) == c[19].wholeNumberValue,
            mrzCheckDigit(field(21, 6)) == c[27].wholeNumberValue
        else { return nil }
        let number = String(field(0, 9)).replacingOccurrences(of: "<", with: "")
        return number.isEmpty ? nil : number
    }

    /// ICAO 9303 check digit: weights 7 3 1 over digit values, A=10 … Z=35, '<' = 0.
    public static func mrzCheckDigit(_ characters: [Character]) -> Int? {
        let weights = [7, 3, 1]
        var sum = 0
        for (i, ch) in characters.enumerated() {
            let value: Int
            if let digit = ch.wholeNumberValue, ch.isASCII {
                value = digit
            } else if ch == "<" {
                value = 0
            } else if let ascii = ch.asciiValue, ch.isUppercase {
                value = Int(ascii) - 55
            } else {
                return nil
            }
            sum += value * weights[i % 3]
        }
        return sum % 10
    }

    static func isoDate(year: Int?, month: Int?, day: Int?) -> String? {
        guard let year, let month, let day, (1800...2100).contains(year), (1...12).contains(month) else { return nil }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        guard (1...days).contains(day) else { return nil }
        return "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }
}
