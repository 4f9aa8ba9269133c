import DigitiseCore
import Foundation

/// Fills a catalog with synthetic pages through the pipeline's own calls, as a night does: a round of documents
/// registered, then every page's outcome through the batching `CatalogWriter`. The catalog and load benches share it.
enum SyntheticCatalog {
    struct Filled {
        let batch: Int64
        let pages: Int
        let characters: Int
        /// Wall time of the whole fill, and the part of it spent making up text (not inserting it).
        let seconds: Double
        let generationSeconds: Double
    }

    /// Fills with `SyntheticText`'s pages (the catalog and load benches' text since 2026-11).
    static func fill(_ catalog: some BatchLedger & PageQueue, pages: Int, pagesPerDocument: Int) throws -> Filled {
        var text = SyntheticText(seed: 20261129)
        return try fill(catalog, pages: pages, pagesPerDocument: pagesPerDocument) { job in
            text.page(language: (Int(job.documentName.dropFirst(4)) ?? 3) % 4)
        }
    }

    /// - Parameter text: the text of a page, made when the page is written.
    static func fill(
        _ catalog: some BatchLedger & PageQueue, pages: Int, pagesPerDocument: Int, text: (PageJob) -> String
    ) throws -> Filled {
        let batch = try catalog.beginBatch(
            BatchStart(inbox: "synthetic", pipelineName: "bench", pipelineVersion: 1, workers: 1, program: "digitise-bench"))
        let clock = ContinuousClock()
        let start = clock.now
        let writer = CatalogWriter(queue: catalog)
        var inserted = 0, characters = 0, documentNumber = 0
        var generation = 0.0
        while inserted < pages {
            var registered = 0
            while registered < 2_000 && inserted + registered < pages {
                documentNumber += 1
                let count = min(pagesPerDocument, pages - inserted - registered)
                try register(document: documentNumber, pages: count, in: catalog, batch: batch)
                registered += count
            }
            for job in try catalog.pendingPages() {
                let generated = clock.now
                let body = text(job)
                generation += (clock.now - generated).inSeconds
                characters += body.utf8.count
                let normalised = DerivationRecord(
                    key: "bench-normalise|\(job.pageID)", stage: .normalise,
                    outputs: ["image": StoredObject(hash: hash(Int(job.pageID), 3), size: 40_000)],
                    result: NormalisationReport(sourceDPI: 300, dpi: 300))
                let ocr = DerivationRecord(
                    key: "bench-ocr|\(job.pageID)", stage: .ocr,
                    outputs: [
                        "text": StoredObject(hash: hash(Int(job.pageID), 1), size: body.utf8.count),
                        "hocr": StoredObject(hash: hash(Int(job.pageID), 2), size: body.utf8.count * 8),
                    ], result: OCRSummary(meanConfidence: 90))
                try writer.submit(
                    PageOutcome(
                        pageID: job.pageID, result: .read(normalised: normalised, ocr: ocr, text: body), dpi: 300, dpiSource: "file"))
            }
            try writer.flush()
            inserted += registered
            Console.log(
                String(format: "  %d pages, %.0f pages/s", inserted, Double(inserted) / ((clock.now - start).inSeconds - generation)))
        }
        return Filled(
            batch: batch, pages: inserted, characters: characters, seconds: (clock.now - start).inSeconds, generationSeconds: generation)
    }

    /// Registers one synthetic document of `pages` pending pages (16 documents a personal file), as ingest does.
    static func register(document number: Int, pages: Int, in catalog: some PageQueue, batch: Int64) throws {
        let file = FileID(validating: String(format: "PF-%04d-%06d", 2000 + number % 25, number / 16))!
        let header = PageHeader(width: 2480, height: 3508, bitsPerSample: 1, samplesPerPixel: 1, colourModel: "grey", dpi: 300)
        let name = "doc-\(number)"
        _ = try catalog.registerDocument(
            IngestedDocument(
                fileID: file, name: name,
                sources: [
                    IngestedSource(
                        relativePath: name + ".tif", object: StoredObject(hash: hash(number, 0), size: 50_000),
                        format: .tiff, pages: .success(Array(repeating: .success(header), count: pages)))
                ]), batch: batch)
    }

    static func hash(_ document: Int, _ n: Int) -> ObjectHash {
        ObjectHash(hex: String(format: "%032x%032x", document, n))!
    }
}
