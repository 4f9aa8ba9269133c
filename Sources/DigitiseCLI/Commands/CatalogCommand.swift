import ArgumentParser

/// `digitise catalog migrate|copy`: looking after a catalog on a PostgreSQL server.
struct CatalogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalog",
        abstract: "Look after a catalog on a PostgreSQL server (for many machines on one archive).",
        discussion: """
            The embedded catalog (ARCHIVE/catalog.sqlite) needs none of this. A catalog on PostgreSQL lets many \
            machines share one archive; create its database with a UTF-8 character type, then bring its schema to \
            this program's version:

              createdb -E UTF8 --lc-ctype=C.UTF-8 --lc-collate=C.UTF-8 -T template0 archive
              digitise catalog migrate --catalog postgres://digitise@db.example/archive

            An existing archive moves there with `digitise catalog copy`; every command then takes --catalog URL \
            (or $DIGITISE_CATALOG) beside --archive DIR, the object store all machines share.
            """,
        subcommands: [CatalogMigrateCommand.self, CatalogCopyCommand.self])
}
