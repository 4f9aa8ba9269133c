import ArchiveExport
import ArgumentParser
import DigitiseCore
import Foundation
import TesseractOCR

/// `digitise export FILE-ID`: hand a personal file over, as a BagIt bag or as its hOCR or ALTO pages.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a personal file: a BagIt 1.0 bag, a searchable PDF, or its hOCR or ALTO pages.",
        discussion: """
            digitise export PF-2019-004512 --bagit /media/transfer/PF-2019-004512
            digitise export PF-2019-004512 --pdf PF-2019-004512.pdf   (pages in document order, text selectable)
            digitise export PF-2019-004512 --hocr hocr/   (one file per page: DOCUMENT/page-0001.hocr)
            The bag holds data/originals (bit-exact), data/derivatives (normalised image, text, hOCR, ALTO per page) \
            and data/metadata (one JSON per document, with its provenance), SHA-256 and SHA-512 manifests and a \
            tag manifest. Every object is checked against its hash on the way out. Each export is a provenance event.
            """)

    @Argument(help: ArgumentHelp("The personal file's ID.", valueName: "FILE-ID"))
    var fileID: String

    @OptionGroup var archive: ArchiveOptions

    @Option(help: ArgumentHelp("Write a BagIt bag into this new (or empty) folder.", valueName: "DIR")) var bagit: String?
    @Option(
        help: ArgumentHelp(
            "Write a searchable PDF (page images with an invisible text layer; reads the pages again).", valueName: "OUT.pdf"))
    var pdf: String?
    @Option(help: ArgumentHelp("Tesseract languages for the PDF's text layer.", valueName: "LANGS")) var languages = PipelineDefinition
        .nightly.ocr.languages
    @Option(help: ArgumentHelp("Write every page's hOCR into this folder.", valueName: "DIR")) var hocr: String?
    @Option(help: ArgumentHelp("Write every page's ALTO XML into this folder.", valueName: "DIR")) var alto: String?
    @Option(help: ArgumentHelp("Who is exporting (recorded in the event). Default: the login name.", valueName: "NAME"))
    var `operator`: String?
    @Flag(help: "If a run is writing to the archive, wait for it to end instead of refusing (exit 75).")
    var wait = false

    func validate() throws {
        guard [bagit, pdf, hocr, alto].compactMap({ $0 }).count == 1 else {
            throw ValidationError("give exactly one of --bagit DIR, --pdf OUT.pdf, --hocr DIR, --alto DIR")
        }
    }

    func run() throws {
        let message = try CommandFailure.mapping { () throws -> String in
            guard let id = FileID(validating: fileID) else {
                throw CommandFailure(status: .usage, message: "'\(fileID)' is not a valid file ID (letters, digits, '.', '_', '-')")
            }
            let archive = try Archive.openForChecking(self.archive, command: "digitise export \(fileID)", wait: wait)
            let exporter = BagExporter(store: archive.store, catalog: archive.catalog, agent: Version.program)
            let person = `operator` ?? ProcessInfo.processInfo.environment["USER"] ?? ProcessInfo.processInfo.userName
            do {
                if let pdf {
                    guard let contents = try archive.catalog.contents(of: id) else { throw ExportError.unknownFile(id.rawValue) }
                    let pages = contents.documents.flatMap { $0.pages.compactMap { $0.outputs["image"] } }
                    try TesseractPDFWriter(languages: languages).write(
                        pages: pages.map { archive.store.path(of: $0.hash) }, title: id.rawValue, to: pdf)
                    try archive.catalog.record([
                        ArchiveEvent(
                            kind: .export, at: Timestamp.now(), agent: Version.program, person: person, outcome: .success,
                            detail: "searchable PDF \(pdf): \(pages.count) page(s)", fileID: id.rawValue)
                    ])
                    return "PDF \(pdf): \(pages.count) page(s)"
                }
                if let bagit {
                    let summary = try exporter.export(id, to: bagit, person: person)
                    return "bag \(summary.bag): \(summary.files) files, \(summary.bytes) bytes"
                }
                let (role, suffix, folder) = hocr.map { ("hocr", "hocr", $0) } ?? ("alto", "alto.xml", alto!)
                let count = try exporter.exportDerivatives(id, role: role, fileExtension: suffix, to: folder, person: person)
                return "\(count) \(role) page(s) in \(folder)"
            } catch let error as ExportError {
                switch error {
                case .unknownFile: throw CommandFailure(status: .noInput, message: error.description)
                case .damaged: throw CommandFailure(status: .checkFailed, message: error.description)
                case .notEmpty, .cannotWrite: throw CommandFailure(status: .cannotWrite, message: error.description)
                }
            }
        }
        Console.out(message)
    }
}
