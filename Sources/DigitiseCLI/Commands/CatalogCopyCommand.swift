import ArgumentParser
import Catalog
import DigitiseCore
import Foundation
import PostgresCatalog

/// `digitise catalog copy`: moves an archive's embedded catalog onto a PostgreSQL server.
struct CatalogCopyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy",
        abstract: "Copy an archive's catalog.sqlite into an empty PostgreSQL catalog, to share the archive between machines.",
        discussion: """
            Copies every table (files, documents and their versions, pages and their texts, objects, derivations, \
            events, batches, review decisions) in one transaction, keeping every id: the copy is all there or not \
            at all. The target must be migrated and empty. The source stays as it is; no run may write the \
            archive meanwhile (the archive's lock is held, shared, as `verify` holds it). Afterwards give every \
            command --catalog URL (or set DIGITISE_CATALOG) with the same --archive folder:

              digitise catalog migrate --catalog postgres://digitise@db.example/archive
              digitise catalog copy --from /srv/archive/catalog.sqlite --to postgres://digitise@db.example/archive
              digitise show PF-2019-004512 --archive /srv/archive --catalog postgres://digitise@db.example/archive
            """)

    @Option(help: ArgumentHelp("The catalog to copy: an archive's catalog.sqlite.", valueName: "FILE"))
    var from: String

    @Option(help: ArgumentHelp("The PostgreSQL catalog to fill (migrated, empty).", valueName: "URL"))
    var to: String

    @Flag(help: "If a run holds the archive, wait for it instead of refusing (exit 75).")
    var wait = false

    @Option(help: "Print as text or as JSON.")
    var format: OutputFormat = .text

    /// What `--format json` prints.
    struct Outcome: Encodable {
        let from: String
        let to: String
        let rows: [String: Int]
    }

    func run() throws {
        let rows = try CommandFailure.mapping { () throws -> [String: Int] in
            guard let location = PostgresLocation(to) else {
                throw CommandFailure(
                    status: .usage, message: "\(to) is not a PostgreSQL address: write postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE")
            }
            guard FileManager.default.fileExists(atPath: from) else {
                throw CommandFailure(status: .noInput, message: "no catalog at \(from): name an archive's catalog.sqlite")
            }
            let archive = (from as NSString).deletingLastPathComponent
            let lock = try ArchiveLock(archive: archive.isEmpty ? "." : archive, command: "digitise catalog copy", shared: true, wait: wait)
            return try withExtendedLifetime(lock) {
                let source = try SQLiteCatalog(path: from, agent: Version.program)
                let target = try PostgresCatalog(location, agent: Version.program)
                do {
                    return try target.importCatalog { deliver in try source.export(deliver) }
                } catch let refusal as PostgresCatalog.ImportRefusal {
                    throw CommandFailure(status: .dataError, message: refusal.description)
                }
            }
        }
        switch format {
        case .json: Console.out(try JSON.encode(Outcome(from: from, to: PostgresLocation(to)?.description ?? to, rows: rows)))
        case .text:
            let total = rows.values.reduce(0, +)
            Console.out("copied \(total) rows from \(from) to \(PostgresLocation(to)?.description ?? to):")
            for name in CatalogTable.names { Console.out("  \(name): \(rows[name] ?? 0)") }
        }
    }
}
