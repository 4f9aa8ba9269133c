extension BatchLedger {
    /// Runs a batch's work; if it throws (a full disk, a broken catalog), the batch is closed as `failed` with the
    /// error before the error goes on, so that no batch is left `running` by a run that ended. (One that was killed
    /// is closed as `abandoned` by the next run: `RunLedger.closeAbandonedBatches`.)
    func closingOnError<T>(_ batch: Int64, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch {
            try? finishBatch(batch, status: "failed", summaryJSON: CanonicalJSON.string(["error": "\(error)"]) ?? "{}")
            throw error
        }
    }
}
