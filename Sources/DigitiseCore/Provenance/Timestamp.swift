import Foundation

/// Times as the catalog and events write them: ISO 8601, UTC.
public enum Timestamp {
    public static func now() -> String { Date().formatted(.iso8601) }
}
