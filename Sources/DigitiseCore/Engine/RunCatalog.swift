/// The catalog ports a run writes through, each one role. One catalog usually plays every role; tests give doubles.
public struct RunCatalog: Sendable {
    public let batches: any BatchLedger
    public let pages: any PageQueue
    public let memo: any DerivationMemo
    public let classifications: any ClassificationStore
    public let versions: any DocumentVersions
    public let provenance: any ProvenanceLog
    /// What earlier runs that died left behind: open batches, pages and sources in hand at the end. Nil ignores it.
    public let ledger: (any RunLedger)?
    /// People's review decisions, which outrank the model's classification. Nil: none are kept.
    public let decisions: (any ReviewDesk)?

    public init(
        batches: any BatchLedger, pages: any PageQueue, memo: any DerivationMemo, classifications: any ClassificationStore,
        versions: any DocumentVersions, provenance: any ProvenanceLog, ledger: (any RunLedger)?,
        decisions: (any ReviewDesk)? = nil
    ) {
        self.decisions = decisions
        self.batches = batches
        self.pages = pages
        self.memo = memo
        self.classifications = classifications
        self.versions = versions
        self.provenance = provenance
        self.ledger = ledger
    }

    /// One catalog in every role.
    public init(
        _ catalog: some BatchLedger & PageQueue & DerivationMemo & ClassificationStore & DocumentVersions & ProvenanceLog & RunLedger
            & ReviewDesk
    ) {
        self.init(
            batches: catalog, pages: catalog, memo: catalog, classifications: catalog, versions: catalog, provenance: catalog,
            ledger: catalog, decisions: catalog)
    }
}
