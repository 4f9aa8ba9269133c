/// A value in a report: text, a whole number, a number, or nothing.
public enum ReportCell: Sendable, Equatable, Encodable, CustomStringConvertible {
    case text(String)
    case int(Int)
    case number(Double)
    case empty

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .text(let s): try c.encode(s)
        case .int(let i): try c.encode(i)
        case .number(let d): try c.encode((d * 1000).rounded() / 1000)
        case .empty: try c.encodeNil()
        }
    }

    public var description: String {
        switch self {
        case .text(let s): s
        case .int(let i): String(i)
        case .number(let d): d.formatted2
        case .empty: ""
        }
    }

    public var intValue: Int? {
        if case .int(let i) = self { return i }
        return nil
    }

    public var doubleValue: Double? {
        switch self {
        case .int(let i): Double(i)
        case .number(let d): d
        default: nil
        }
    }
}

extension Double {
    /// Two decimals, without Foundation's locale.
    var formatted2: String {
        let scaled = (self * 100).rounded()
        let whole = Int(scaled / 100)
        let fraction = abs(Int(scaled) % 100)
        return (self < 0 && whole == 0 ? "-" : "") + "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
