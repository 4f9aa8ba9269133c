import ArgumentParser
import Foundation

/// `--catalog URL`: a catalog on a PostgreSQL server instead of `ARCHIVE/catalog.sqlite`.
struct CatalogOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The catalog's address on a PostgreSQL server (postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE).",
            discussion: "Default: $DIGITISE_CATALOG.", valueName: "URL"))
    var catalog: String?

    /// The address given, or nil when neither the option nor the environment names one.
    var address: String? {
        catalog ?? ProcessInfo.processInfo.environment["DIGITISE_CATALOG"].flatMap { $0.isEmpty ? nil : $0 }
    }
}
