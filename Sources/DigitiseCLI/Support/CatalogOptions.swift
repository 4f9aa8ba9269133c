import ArgumentParser
import Foundation
import PostgresCatalog

/// `--catalog URL`: a catalog on a PostgreSQL server instead of `ARCHIVE/catalog.sqlite`.
struct CatalogOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The catalog's address on a PostgreSQL server (postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE).",
            discussion: "Default: $DIGITISE_CATALOG, else the archive's own ARCHIVE/catalog.sqlite.", valueName: "URL"))
    var catalog: String?

    /// The address given, or nil when neither the option nor the environment names one.
    var address: String? {
        catalog ?? ProcessInfo.processInfo.environment["DIGITISE_CATALOG"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The PostgreSQL catalog named, or nil for the archive's embedded one.
    /// - Throws: `CommandFailure` (usage) for an address that is not a PostgreSQL one.
    func postgres() throws -> PostgresLocation? {
        guard let address else { return nil }
        guard let location = PostgresLocation(address) else {
            throw CommandFailure(
                status: .usage,
                message: "\(address) is not a PostgreSQL address: write postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE, "
                    + "or leave --catalog and $DIGITISE_CATALOG out for the archive's own catalog.sqlite")
        }
        return location
    }
}
