import Catalog
import DigitiseCore
import Foundation
import ReportServer
import TestSupport

/// A small archive written through the catalog's own calls: an asylum file, a residence file, a failed page, a
/// document in review. Its numbers are known, so pages and reports can be checked against them.
struct ArchiveFixture {
    let folder: TemporaryFolder
    let catalog: SQLiteCatalog
    let auditorToken: String
    let operatorToken: String
    let auth: AuthFile

    static let asylumText = "Pieteikums patvēruma saņemšanai. Personas kods 120385-10398. Vajāšana izcelsmes valstī."
    static let residenceText = "Uzturēšanās atļaujas pieteikums. Darba devējs SIA Baltijas Koks. Personas kods 220617-20034."

    init() throws {
        let auditor = AuthFile.makeToken(name: "auditor1", role: .auditor)
        let op = AuthFile.makeToken(name: "operator1", role: .operator)
        auditorToken = auditor.token
        operatorToken = op.token
        auth = try AuthFile.parse(auditor.line + "\n" + op.line + "\n")
        folder = try TemporaryFolder("archive")
        let catalog = try SQLiteCatalog(path: folder.path + "/catalog.sqlite")
        self.catalog = catalog
        let batch = try catalog.beginBatch(
            BatchStart(inbox: "fixture", pipelineName: "nightly", pipelineVersion: 1, workers: 2, program: "tests"))
        let header = PageHeader(width: 2480, height: 3508, bitsPerSample: 8, samplesPerPixel: 1, colourModel: "grey", dpi: 300)
        func hash(_ n: Int) -> ObjectHash { ObjectHash(hex: String(format: "%064x", n))! }
        func register(_ file: String, _ name: String, pages: Int, object: Int) throws {
            _ = try catalog.registerDocument(
                IngestedDocument(
                    fileID: FileID(validating: file)!, name: name,
                    sources: [
                        IngestedSource(
                            relativePath: name + ".tif", object: StoredObject(hash: hash(object), size: 1000), format: .tiff,
                            pages: .success(Array(repeating: .success(header), count: pages)))
                    ]), batch: batch)
        }
        try register("PF-2021-000342", "asylum-application", pages: 1, object: 1)
        try register("PF-2019-004512", "residence-application", pages: 2, object: 2)
        let jobs = try catalog.pendingPages()
        var outcomes: [PageOutcome] = []
        for (i, job) in jobs.enumerated() {
            let normalised = DerivationRecord(
                key: "n\(i)", stage: .normalise, outputs: ["image": StoredObject(hash: hash(100 + i), size: 10)], resultJSON: "{}")
            if job.documentName == "residence-application" && job.number == 2 {
                outcomes.append(
                    PageOutcome(
                        pageID: job.pageID,
                        result: .failed(
                            StageFailure(stage: .ocr, code: "ocr.timeout", message: "the page took more than 120 s"), normalised: normalised
                        )))
                continue
            }
            let text = job.documentName == "asylum-application" ? Self.asylumText : Self.residenceText
            let ocr = DerivationRecord(
                key: "o\(i)", stage: .ocr, outputs: ["text": StoredObject(hash: hash(200 + i), size: 10)],
                result: OCRSummary(meanConfidence: 90))
            outcomes.append(
                PageOutcome(
                    pageID: job.pageID, result: .read(normalised: normalised, ocr: ocr, text: text),
                    timings: {
                        var t = PageTimings(); t.ocr = 2; t.normalise = 0.5; return t
                    }()))
        }
        try catalog.recordPages(outcomes)
        for document in try catalog.documentsToClassify(batch: batch, file: nil) {
            let asylum = document.name == "asylum-application"
            let code = asylum ? "120385-10398" : "220617-20034"
            try catalog.recordClassification(
                document: document.documentID,
                derivation: DerivationRecord(key: "c\(document.documentID)", stage: .classify, outputs: [:], resultJSON: "{}"),
                classification: Classification(
                    documentClass: asylum ? .asylum : .personalFile, kind: asylum ? .asylumApplication : .residencePermitApplication,
                    probability: asylum ? 0.97 : 0.72, needsReview: !asylum, reviewReason: asylum ? nil : "probability 0.72 is below 0.90",
                    explanation: .init(model: "m", features: [], rules: [], modelLogOdds: 0),
                    identifiers: [Identifier(kind: .personalCode, value: code)]),
                reused: false)
        }
        try catalog.finishBatch(batch, status: "partial", summaryJSON: "{}")
    }
}
