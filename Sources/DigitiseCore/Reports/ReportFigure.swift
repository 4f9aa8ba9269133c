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
