import Catalog
import DigitiseCore
import Foundation
import ObjectStore
import PostgresCatalog

/// An archive opened for a command: its object store (the folder) and its catalog, the folder's own
/// `catalog.sqlite` or the one on a PostgreSQL server that `--catalog` names (with `Composition`, the command
/// line's composition root: the only place that names the store's and the catalog's adapters).
struct Archive {
    let root: String
    let store: FileObjectStore
    let catalog: any ArchiveCatalog
    /// Held by commands that write objects; nil for readers.
    let lock: ArchiveLock?

    /// Opens the archive for writing, creating it if needed, and takes its lock: one writing run at a time.
    /// With the lock held no other run can be writing, so staging leftovers of a crashed run are cleared.
    /// - Parameter lock: the lock when the caller holds it already (a supervised run); taken here otherwise.
    /// - Parameter asWorker: a run, which with a catalog on PostgreSQL shares the archive with the other workers.
    static func openForWriting(
        _ options: ArchiveOptions, command: String, wait: Bool = false, lock held: ArchiveLock? = nil, asWorker: Bool = false
    ) throws -> Archive {
        let root = options.path
        let shared = try options.catalog.postgres() != nil  // a bad address is refused before the lock is waited for
        let lock = try held ?? lock(root, command: command, wait: wait, shared: shared && asWorker)
        let store = try FileObjectStore(archive: root)
        // With the catalog on PostgreSQL, other machines' workers may be staging objects in the same tmp/ now.
        if !shared {
            let cleared = try store.clearStaging()
            if cleared > 0 { Console.warn("removed \(cleared) unfinished object(s) a previous run left in \(root)/tmp") }
        }
        return Archive(root: root, store: store, catalog: try writableCatalog(options), lock: lock)
    }

    /// The catalog alone, for writing: the one `--catalog` names, else the archive's own (created if missing). The
    /// caller holds the archive's lock.
    static func writableCatalog(_ options: ArchiveOptions) throws -> any ArchiveCatalog {
        if let postgres = try options.catalog.postgres() { return try connect(postgres) }
        return try SQLiteCatalog(path: options.path + "/catalog.sqlite", agent: Version.program)
    }

    /// The catalog on a PostgreSQL server, its refusals said as the command line says them.
    static func connect(_ location: PostgresLocation, readDeadline: Duration? = nil) throws -> PostgresCatalog {
        try CommandFailure.mapping { try PostgresCatalog(location, agent: Version.program, readDeadline: readDeadline) }
    }

    /// Creates the archive folder if needed and takes its lock: one writing run at a time.
    /// - Parameter shared: for the workers of a catalog on PostgreSQL, who write the store side by side; it still
    ///   keeps out what needs the archive alone (`reprocess`, review decisions, `verify`).
    static func lock(_ root: String, command: String, wait: Bool, shared: Bool = false) throws -> ArchiveLock {
        do {
            try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        } catch {
            throw CommandFailure(status: .cannotWrite, message: "cannot create the archive folder \(root): \(error.localizedDescription)")
        }
        return try ArchiveLock(archive: root, command: command, shared: shared, wait: wait)
    }

    /// The catalog's run ledger, for the supervisor of a run whose reading process died (it holds the archive's lock).
    static func ledger(_ options: ArchiveOptions) throws -> any BatchLedger & RunLedger {
        try writableCatalog(options)
    }

    /// Opens an existing archive for reading only: never creates or migrates anything.
    /// - Parameter readDeadline: stop any catalog read that runs longer (the report server's).
    static func openForReading(_ options: ArchiveOptions, readDeadline: Duration? = nil) throws -> Archive {
        let root = options.path
        if let postgres = try options.catalog.postgres() {
            return Archive(
                root: root, store: try FileObjectStore(archive: root, creating: false),
                catalog: try connect(postgres, readDeadline: readDeadline), lock: nil)
        }
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
    static func openForChecking(_ options: ArchiveOptions, command: String, wait: Bool = false) throws -> Archive {
        let root = options.path
        let postgres = try options.catalog.postgres()
        guard postgres != nil || FileManager.default.fileExists(atPath: root + "/catalog.sqlite") else {
            throw CommandFailure(
                status: .noInput,
                message:
                    "no archive at \(root) (no catalog.sqlite): give --archive DIR or set DIGITISE_ARCHIVE (and --catalog URL for one on PostgreSQL)"
            )
        }
        let lock = try ArchiveLock(archive: root, command: command, shared: true, wait: wait)
        return Archive(root: root, store: try FileObjectStore(archive: root), catalog: try writableCatalog(options), lock: lock)
    }
}
