import ArgumentParser
import DigitiseCore
import PostgresCatalog

/// `digitise catalog migrate`: brings a PostgreSQL catalog's schema to this program's version.
struct CatalogMigrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Bring a PostgreSQL catalog's schema to this program's version (safe to repeat, safe from many machines).",
        discussion: """
            Applies each versioned migration the database lacks, in order, in one transaction under an advisory \
            lock: run it from several machines at once and each version is applied once. A database whose \
            LC_CTYPE is not UTF-8 is refused, since Latvian and Cyrillic letters would not fold there; a database \
            migrated by a newer digitise is refused too.
            """)

    @OptionGroup var catalog: CatalogOptions

    @Option(help: "Print as text or as JSON.")
    var format: OutputFormat = .text

    /// What `--format json` prints.
    struct Outcome: Encodable {
        let catalog: String
        let applied: [Int]
        let version: Int
    }

    func run() throws {
        guard let address = catalog.address else {
            throw CommandFailure(
                status: .usage, message: "name the catalog: --catalog postgres://USER@HOST/DATABASE (or $DIGITISE_CATALOG)"
            ).exit()
        }
        guard let location = PostgresLocation(address) else {
            throw CommandFailure(
                status: .usage,
                message: "\(address) is not a PostgreSQL address: write postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE; "
                    + "the embedded catalog (ARCHIVE/catalog.sqlite) needs no migration"
            ).exit()
        }
        let applied = try CommandFailure.mapping { try PostgresCatalog.migrate(location) }
        let version = PostgresSchema.current
        switch format {
        case .json:
            Console.out(try JSON.encode(Outcome(catalog: location.description, applied: applied, version: version)))
        case .text:
            Console.out(
                applied.isEmpty
                    ? "\(location): already at schema version \(version)"
                    : "\(location): applied migration(s) \(applied.map(String.init).joined(separator: ", ")); now at schema version \(version)"
            )
        }
    }
}
