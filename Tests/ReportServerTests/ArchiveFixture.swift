import Catalog
import DigitiseCore
import Foundation
import ReportServer
import TestSupport

/// A small archive written through the catalog's own calls, with a document for every case of the disclosure rule:
/// an asylum document, a confidently personal-file one, one in review, one personal-file but unsure, one never
/// classified, and one whose text was read again after it was classified (its class no longer belongs to its text).
/// Each document's text holds a word and a personal code no other holds, so a page can be searched for leaks.
struct ArchiveFixture {
    let folder: TemporaryFolder
    let catalog: SQLiteCatalog
    let auditorToken: String
    let operatorToken: String
    let auth: AuthFile

    struct Document {
        let file: String
        let name: String
        let text: String
        /// The class recorded (nil: never classified), its probability and review flag.
        let decision: (DocumentClass, Double, Bool)?
        let code: String
        /// Only the confident personal-file document may be read by an auditor.
        let open: Bool
    }

    static let documents: [Document] = [
        Document(
            file: "PF-2021-000342", name: "asylum-application",
            text: "Pieteikums patvēruma saņemšanai. Personas kods 120385-10398. Vajāšana izcelsmes valstī.",
            decision: (.asylum, 0.97, false), code: "120385-10398", open: false),
        Document(
            file: "PF-2019-004512", name: "residence-application",
            text: "Uzturēšanās atļaujas pieteikums. Darba devējs SIA Baltijas Koks. Personas kods 220617-20034.",
            decision: (.personalFile, 0.97, false), code: "220617-20034", open: true),
        Document(
            file: "PF-2019-004512", name: "neighbour-letter",
            text: "Vēstule par dzīvesvietu. Kaimiņš Zeltkalns apliecina. Personas kods 010190-10001.",
            decision: (.personalFile, 0.72, true), code: "010190-10001", open: false),
        Document(
            file: "PF-2019-004512", name: "unsure-contract", text: "Līgums ar Priedīti par darbu. Personas kods 150392-10112.",
            decision: (.personalFile, 0.55, false), code: "150392-10112", open: false),
        Document(
            file: "PF-2019-004512", name: "never-classified", text: "Izziņa par Ābeļkalnu. Personas kods 311299-10220.", decision: nil,
            code: "311299-10220", open: false),
        Document(
            file: "PF-2019-004512", name: "re-read-statement", text: "Paskaidrojums, ko sniedza Kļaviņa. Personas kods 020202-10303.",
            decision: (.personalFile, 0.98, false), code: "020202-10303", open: false),
    ]

    /// The text the re-read page has now: the class recorded was computed from the first one.
    static let rereadText = "Paskaidrojums, ko sniedza Liepiņa, lasīts vēlreiz. Personas kods 020202-10303."

    /// Words and codes no auditor may ever meet: every closed document's own. (Document names are metadata, which
    /// reports such as the review backlog show; the text and identifiers are what is closed.)
    static let closedMarkers = [
        "Vajāšana", "120385", "Zeltkalns", "010190", "Priedīti", "150392", "Ābeļkalnu", "311299", "Kļaviņa",
        "Liepiņa", "020202",
    ]

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
        for (n, document) in Self.documents.enumerated() {
            // The residence application has a second page, which failed.
            let pages = document.name == "residence-application" ? 2 : 1
            _ = try catalog.registerDocument(
                IngestedDocument(
                    fileID: FileID(validating: document.file)!, name: document.name,
                    sources: [
                        IngestedSource(
                            relativePath: document.name + ".tif", object: StoredObject(hash: hash(n + 1), size: 1000), format: .tiff,
                            pages: .success(Array(repeating: .success(header), count: pages)))
                    ]), batch: batch)
        }
        func read(_ job: PageJob, text: String, key: String) -> PageOutcome {
            let normalised = DerivationRecord(
                key: "n\(job.pageID)", stage: .normalise, outputs: ["image": StoredObject(hash: hash(100 + Int(job.pageID)), size: 10)],
                resultJSON: "{}")
            let ocr = DerivationRecord(
                key: key, stage: .ocr, outputs: ["text": StoredObject(hash: hash(200 + Int(job.pageID)), size: 10)],
                result: OCRSummary(meanConfidence: 90))
            var timings = PageTimings()
            timings.ocr = 2
            timings.normalise = 0.5
            return PageOutcome(pageID: job.pageID, result: .read(normalised: normalised, ocr: ocr, text: text), timings: timings)
        }
        let jobs = try catalog.pendingPages()
        var outcomes: [PageOutcome] = []
        for job in jobs {
            if job.documentName == "residence-application" && job.number == 2 {
                let normalised = DerivationRecord(
                    key: "n\(job.pageID)", stage: .normalise, outputs: ["image": StoredObject(hash: hash(100 + Int(job.pageID)), size: 10)],
                    resultJSON: "{}")
                outcomes.append(
                    PageOutcome(
                        pageID: job.pageID,
                        result: .failed(
                            StageFailure(stage: .ocr, code: "ocr.timeout", message: "the page took more than 120 s"), normalised: normalised
                        )))
                continue
            }
            let text = Self.documents.first { $0.name == job.documentName }!.text
            outcomes.append(read(job, text: text, key: "o\(job.pageID)"))
        }
        try catalog.recordPages(outcomes)
        for document in try catalog.documentsToClassify(batch: batch, file: nil) {
            let spec = Self.documents.first { $0.name == document.name }!
            guard let (documentClass, probability, review) = spec.decision else { continue }
            try catalog.recordClassification(
                document: document.documentID,
                derivation: DerivationRecord(key: "c\(document.documentID)", stage: .classify, outputs: [:], resultJSON: "{}"),
                classification: Classification(
                    // The least sure decision's kind is unknown (below a model's kind threshold).
                    documentClass: documentClass,
                    kind: probability < 0.6 ? nil : documentClass == .asylum ? .asylumApplication : .residencePermitApplication,
                    probability: probability, needsReview: review, reviewReason: review ? "probability \(probability) is below 0.90" : nil,
                    explanation: .init(model: "m", features: [], rules: [], modelLogOdds: 0),
                    identifiers: [Identifier(kind: .personalCode, value: spec.code)]),
                reused: false)
        }
        // The statement's page is read again (a better pipeline): another text than the one it was classified on.
        guard let reread = jobs.first(where: { $0.documentName == "re-read-statement" }) else { throw CocoaError(.featureUnsupported) }
        try catalog.recordPages([read(reread, text: Self.rereadText, key: "o\(reread.pageID)-again")])
        try catalog.finishBatch(batch, status: "partial", summaryJSON: "{}")
    }
}
