/// The auditors' reports: what `digitise report KIND` prints and `digitise serve` shows.
public enum ReportKind: String, Sendable, Codable, CaseIterable {
    /// Per day and per batch: files, documents, pages ingested / done / failed / blank / in review; progress to target.
    case progress
    /// Counts by reason code, with the files and pages behind each.
    case failures
    /// The review backlog, oldest first, with each item's age and probability.
    case review
    /// Asylum / personal-file counts per period.
    case classes
    /// The last verification of every slice, and any damaged objects.
    case fixity
    /// Pages per minute per stage, and the bottleneck.
    case throughput

    public var title: String {
        switch self {
        case .progress: "Progress"
        case .failures: "Failures"
        case .review: "Review queue"
        case .classes: "Classes"
        case .fixity: "Fixity"
        case .throughput: "Throughput"
        }
    }
}

/// Which part of the archive's history a report covers. Days are `YYYY-MM-DD`, inclusive, in UTC.
public struct ReportFilter: Sendable, Equatable, Codable {
    public var since: String?
    public var until: String?
    public var batch: Int64?
    /// The number of personal files the digitisation must reach (progress).
    public var target: Int

    public init(since: String? = nil, until: String? = nil, batch: Int64? = nil, target: Int = 16_000) {
        self.since = since
        self.until = until
        self.batch = batch
        self.target = target
    }
}

/// One report: headline figures and tables. Identifiers never appear in a report; no text either.
public struct Report: Sendable, Equatable, Encodable {
    public let kind: ReportKind
    public let title: String
    public let generatedAt: String
    public let filter: ReportFilter
    public let figures: [ReportFigure]
    public let tables: [ReportTable]

    public init(kind: ReportKind, generatedAt: String, filter: ReportFilter, figures: [ReportFigure], tables: [ReportTable]) {
        self.kind = kind
        title = kind.title
        self.generatedAt = generatedAt
        self.filter = filter
        self.figures = figures
        self.tables = tables
    }

    enum CodingKeys: String, CodingKey {
        case kind, title, filter, figures, tables
        case generatedAt = "generated_at"
    }

    public func table(_ name: String) -> ReportTable? { tables.first { $0.name == name } }
    public func figure(_ name: String) -> ReportCell? { figures.first { $0.name == name }?.value }
}

/// A headline figure: `pages_done = 12 345`.
public struct ReportFigure: Sendable, Equatable, Encodable {
    public let name: String
    public let label: String
    public let value: ReportCell

    public init(_ name: String, _ label: String, _ value: ReportCell) {
        self.name = name
        self.label = label
        self.value = value
    }
}

/// A table of a report; `rows` hold one cell per column.
public struct ReportTable: Sendable, Equatable, Encodable {
    public let name: String
    public let title: String
    public let columns: [String]
    public let rows: [[ReportCell]]

    public init(name: String, title: String, columns: [String], rows: [[ReportCell]]) {
        self.name = name
        self.title = title
        self.columns = columns
        self.rows = rows
    }

    /// The cells of one column, by name.
    public func column(_ name: String) -> [ReportCell] {
        guard let i = columns.firstIndex(of: name) else { return [] }
        return rows.map { $0[i] }
    }

    /// As JSON: a list of objects, one per row, keyed by column.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(title, forKey: .title)
        try c.encode(columns, forKey: .columns)
        try c.encode(rows.map { row in Dictionary(uniqueKeysWithValues: zip(columns, row)) }, forKey: .rows)
    }

    enum CodingKeys: String, CodingKey { case name, title, columns, rows }
}

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
