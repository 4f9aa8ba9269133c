import Catalog
import DigitiseCore
import Foundation
import ObjectStore

/// An archive folder opened for a command: its object store and its catalog.
struct Archive {
    let root: String
    let store: FileObjectStore
    let catalog: SQLiteCatalog

    /// Opens the archive for writing, creating it if needed.
    static func openForWriting(_ root: String) throws -> Archive {
        do {
            try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        } catch {
            throw CommandFailure(status: .cannotWrite, message: "cannot create the archive folder \(root): \(error.localizedDescription)")
        }
        return Archive(root: root, store: try FileObjectStore(archive: root), catalog: try SQLiteCatalog(path: root + "/catalog.sqlite"))
    }

    /// Opens an existing archive for reading only: never creates or migrates anything.
    static func openForReading(_ root: String) throws -> Archive {
        guard FileManager.default.fileExists(atPath: root + "/catalog.sqlite") else {
            throw CommandFailure(
                status: .noInput,
                message:
                    "no archive at \(root) (no catalog.sqlite): give --archive DIR or set DIGITISE_ARCHIVE, or run `digitise run INBOX` first"
            )
        }
        return Archive(
            root: root, store: try FileObjectStore(archive: root),
            catalog: try SQLiteCatalog(path: root + "/catalog.sqlite", readOnly: true))
    }
}
