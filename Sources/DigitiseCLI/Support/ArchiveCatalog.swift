import DigitiseCore

/// Every role of the catalog, as a command gets it: the embedded SQLite catalog (`ARCHIVE/catalog.sqlite`) or the
/// one on a PostgreSQL server (`--catalog URL`). Commands name the roles, never the back end.
typealias ArchiveCatalog = BatchLedger & PageQueue & DerivationMemo & ClassificationStore & DocumentVersions & ProvenanceLog
    & RunLedger & ReviewDesk & UnreadablePages & FixityLedger & ArchiveReader
