import ArgumentParser
import Foundation

/// `--archive DIR`, shared by every command.
struct ArchiveOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The archive folder (objects and catalog).", discussion: "Default: $DIGITISE_ARCHIVE, else ./archive.",
            valueName: "DIR"))
    var archive: String?

    var path: String {
        archive ?? ProcessInfo.processInfo.environment["DIGITISE_ARCHIVE"].flatMap { $0.isEmpty ? nil : $0 } ?? "archive"
    }
}
