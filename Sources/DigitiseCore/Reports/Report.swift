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
