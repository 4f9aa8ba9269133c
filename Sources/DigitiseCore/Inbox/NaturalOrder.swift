/// Orders names as people do: `page-2` before `page-10`.
public enum NaturalOrder {
    public static func areInIncreasingOrder(_ a: String, _ b: String) -> Bool {
        let ka = key(a), kb = key(b)
        for (x, y) in zip(ka, kb) where x != y {
            switch (x, y) {
            case (.number(let m, let ml), .number(let n, let nl)): return m != n ? m < n : ml < nl
            case (.text(let s), .text(let t)): return s < t
            case (.number, .text): return true
            case (.text, .number): return false
            }
        }
        return ka.count != kb.count ? ka.count < kb.count : a < b
    }

    private enum Part: Equatable {
        case text(String)
        /// The value, and the digit count so that `01` and `1` still order deterministically.
        case number(Double, Int)
    }

    private static func key(_ s: String) -> [Part] {
        var parts: [Part] = []
        var digits = "", text = ""
        for ch in s.lowercased() {
            if ch.isASCII && ch.isNumber {
                if !text.isEmpty { parts.append(.text(text)); text = "" }
                digits.append(ch)
            } else {
                if !digits.isEmpty { parts.append(.number(Double(digits) ?? .infinity, digits.count)); digits = "" }
                text.append(ch)
            }
        }
        if !digits.isEmpty { parts.append(.number(Double(digits) ?? .infinity, digits.count)) }
        if !text.isEmpty { parts.append(.text(text)) }
        return parts
    }
}
