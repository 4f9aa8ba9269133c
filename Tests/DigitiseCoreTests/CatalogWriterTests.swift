import DigitiseCore
import TestSupport
import Testing

@Suite struct CatalogWriterTests {
    @Test func writesInBatchesAndFlushesTheRest() throws {
        let catalog = MemoryCatalog()
        let batch = try catalog.beginBatch(BatchStart(inbox: "i", pipelineName: "p", pipelineVersion: 1, workers: 1, program: "t"))
        let header = PageHeader(width: 10, height: 10, bitsPerSample: 8, samplesPerPixel: 1, colourModel: "grey", dpi: nil)
        _ = try catalog.registerDocument(
            IngestedDocument(
                fileID: FileID(validating: "PF-1")!, name: "d",
                sources: [
                    IngestedSource(
                        relativePath: "d.png", object: StoredObject(hash: ObjectHash(hex: String(repeating: "a", count: 64))!, size: 1),
                        format: .png, pages: .success(Array(repeating: .success(header), count: 3)))
                ]), batch: batch)
        let jobs = try catalog.pendingPages()
        let writer = CatalogWriter(queue: catalog, batchSize: 2, maxDelay: .seconds(3600))
        let failure = StageFailure(stage: .ocr, code: "ocr.failed", message: "test")
        try writer.submit(PageOutcome(pageID: jobs[0].pageID, result: .failed(failure, normalised: nil)))
        #expect(try catalog.pendingPages().count == 3, "one outcome waits for its batch")
        try writer.submit(PageOutcome(pageID: jobs[1].pageID, result: .failed(failure, normalised: nil)))
        #expect(try catalog.pendingPages().count == 1, "a full batch is written at once")
        try writer.submit(PageOutcome(pageID: jobs[2].pageID, result: .failed(failure, normalised: nil)))
        #expect(try catalog.pendingPages().count == 1)
        try writer.flush()
        #expect(try catalog.pendingPages().isEmpty)
    }
}
