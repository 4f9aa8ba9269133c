import Catalog
import DigitiseCore
import Foundation
import ObjectStore

/// An archive folder opened for a command: its object store and its catalog (with `Composition`, the command line's
/// composition root: the only place that names the store's and the catalog's adapters).
struct Archive {
    let root: String
    let store: FileObjectStore
    let catalog: SQLiteCatalog
    /// Held by commands that write objects; nil for readers.
    let lock: ArchiveLock?

    /// Opens the archive for writing, creating it if needed, and takes its lock: one writing run at a time.
    /// With the lock held no other run can be writing, so staging leftovers of a crashed run are cleared.
    /// - Parameter lock: the lock when the caller holds it already (a supervised run); taken here otherwise.
    static func openForWriting(_ root: String, command: String, wait: Bool = false, lock held: ArchiveLock? = nil) throws -> Archive {
        let lock = try held ?? lock(root, command: command, wait: wait)
        let store = try FileObjectStore(archive: root)
        let cleared = try store.clearStaging()
        if cleared > 0 { Console.warn("removed \(cleared) unfinished object(s) a previous run left in \(root)/tmp") }
        return Archive(
            root: root, store: store, catalog: try SQLiteCatalog(path: root + "/catalog.sqlite", agent: Version.program), lock: lock)
    }

    /// Creates the archive folder if needed and takes its lock: one writing run at a time.
    static func lock(_ root: String, command: String, wait: Bool) throws -> ArchiveLock {
        do {
            try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        } catch {
            throw CommandFailure(status: .cannotWrite, message: "cannot create the archive folder \(root): \(error.localizedDescription)")
        }
        return try ArchiveLock(archive: root, command: command, wait: wait)
    }

    /// The catalog's run ledger, for the supervisor of a run whose reading process died (it holds the archive's lock).
    static func ledger(_ root: String) throws -> some BatchLedger & RunLedger {
        try SQLiteCatalog(path: root + "/catalog.sqlite", agent: Version.program)
    }

    /// Opens an existing archive for reading only: never creates or migrates anything.
    /// - Parameter readDeadline: stop any catalog read that runs longer (the report server's).
    static func openForReading(_ root: String, readDeadline: Duration? = nil) throws -> Archive {
        guard FileManager.default.fileExists(atPath: root + "/catalog.sqlite") else {
            throw CommandFailure(
                status: .noInput,
                message:
                    "no archive at \(root) (no catalog.sqlite): give --archive DIR or set DIGITISE_ARCHIVE, or run `digitise run INBOX` first"
            )
        }
        return Archive(
            root: root, store: try FileObjectStore(archive: root),
            catalog: try SQLiteCatalog(path: root + "/catalog.sqlite", readOnly: true, agent: Version.program, readDeadline: readDeadline),
            lock: nil)
    }

    /// Opens an existing archive to check or export it (`verify`, `export`): the catalog writable for their events,
    /// under the archive's lock in shared mode, so that no run writes while they read.
    static func openForChecking(_ root: String, command: String, wait: Bool = false) throws -> Archive {
        guard FileManager.default.fileExists(atPath: root + "/catalog.sqlite") else {
            throw CommandFailure(
                status: .noInput, message: "no archive at \(root) (no catalog.sqlite): give --archive DIR or set DIGITISE_ARCHIVE")
        }
        let lock = try ArchiveLock(archive: root, command: command, shared: true, wait: wait)
        return Archive(
            root: root, store: try FileObjectStore(archive: root),
            catalog: try SQLiteCatalog(path: root + "/catalog.sqlite", agent: Version.program), lock: lock)
    }
}
