extension BatchLedger {
    /// Runs a batch's work; if it throws (a full disk, a broken catalog), the batch is closed as `failed` with the
    /// error before the error goes on, so that no batch is left `running` by a run that ended. (One that was killed
    /// is closed as `abandoned` by the next run: `RunLedger.closeAbandonedBatches`.)
    /// - Parameter freeSpace: called when closing the batch fails once (the disk that stopped the work is full for
    ///   the catalog too): gives back space set aside for this moment, before the one retry.
    func closingOnError<T>(_ batch: Int64, freeSpace: () -> Void = {}, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch {
            let summary = CanonicalJSON.string(["error": "\(error)"]) ?? "{}"
            if (try? finishBatch(batch, status: "failed", summaryJSON: summary)) == nil {
                freeSpace()
                try? finishBatch(batch, status: "failed", summaryJSON: summary)
            }
            throw error
        }
    }
}
