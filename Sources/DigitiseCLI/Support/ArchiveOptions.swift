import ArgumentParser
import Foundation

/// `--archive DIR` and `--catalog URL`, shared by every command that works on an archive.
struct ArchiveOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The archive folder: its object store, and its catalog unless --catalog names one on PostgreSQL.",
            discussion: "Default: $DIGITISE_ARCHIVE, else ./archive.",
            valueName: "DIR"))
    var archive: String?

    @OptionGroup var catalog: CatalogOptions

    var path: String {
        archive ?? ProcessInfo.processInfo.environment["DIGITISE_ARCHIVE"].flatMap { $0.isEmpty ? nil : $0 } ?? "archive"
    }
}
