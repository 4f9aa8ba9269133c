/// A document given a new version by reprocessing: the version it replaces stays in the catalog, not current.
public struct VersionChange: Sendable, Equatable {
    public let name: String
    public let previousID: Int64
    public let previousVersion: Int
    public let currentID: Int64
    public let currentVersion: Int

    public init(name: String, previousID: Int64, previousVersion: Int, currentID: Int64, currentVersion: Int) {
        self.name = name
        self.previousID = previousID
        self.previousVersion = previousVersion
        self.currentID = currentID
        self.currentVersion = currentVersion
    }
}
