/// Rows of one catalog table on their way from one back end to another (`digitise catalog copy`): the columns by
/// name, and each row's values in that order. The tables are the same on every back end (same names, same columns),
/// so a table moves as it is.
public struct CatalogTable: Sendable {
    /// One cell: the four kinds of value the catalog's columns hold.
    public enum Value: Sendable, Equatable {
        case null
        case integer(Int64)
        case real(Double)
        case text(String)
    }

    public let name: String
    public let columns: [String]
    public var rows: [[Value]]

    public init(name: String, columns: [String], rows: [[Value]]) {
        self.name = name
        self.columns = columns
        self.rows = rows
    }

    /// Every table of the catalog, parents before the tables that refer to them.
    public static let names = [
        "objects", "events", "batches", "inbox_problems", "files", "derivations", "documents", "batch_documents", "document_sources",
        "derivation_outputs", "pages", "page_text", "identifiers", "abnormal_ends", "review_decisions",
    ]
}
