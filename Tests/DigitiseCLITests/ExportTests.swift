import Foundation
import TestSupport
import Testing

/// Exports through the real binary, checked by the Library of Congress `bagit` validator (PyPI `bagit`).
@Suite(.serialized) struct ExportTests {
    func digitise(_ arguments: String...) throws -> CommandResult {
        try Command.run(Repository.binary, arguments)
    }

    func validate(_ bag: String) throws -> CommandResult {
        try Command.run("/usr/bin/env", ["python3", "-m", "bagit", "--validate", "--quiet", bag])
    }

    @Test func aBagPassesTheBagItValidatorAndATamperedOneFails() throws {
        let inbox = try TemporaryFolder("inbox")
        let archive = try TemporaryFolder("archive")
        let out = try TemporaryFolder("bag")
        let file = Repository.samplesInbox + "/PF-2021-000342"
        try inbox.copy(file + "/01-patveruma-pieteikums.tif", to: "PF-2021-000342/01-patveruma-pieteikums.tif")
        try inbox.copy(file + "/02-intervijas-protokols", to: "PF-2021-000342/02-intervijas-protokols")
        #expect(try digitise("run", inbox.path, "--archive", archive.path, "--quiet").status == 0)

        let bag = out.path + "/PF-2021-000342"
        let export = try digitise("export", "PF-2021-000342", "--bagit", bag, "--archive", archive.path, "--operator", "auditor-anna")
        #expect(export.status == 0, "\(export.stderr)")
        let validation = try validate(bag)
        #expect(validation.status == 0, "\(validation.stderr)")

        let info = try String(contentsOfFile: bag + "/bag-info.txt", encoding: .utf8)
        #expect(info.contains("External-Identifier: PF-2021-000342"))
        #expect(info.contains("Payload-Oxum: "))
        #expect(info.contains("Bagging-Date: "))
        for name in ["manifest-sha256.txt", "manifest-sha512.txt", "tagmanifest-sha256.txt", "bagit.txt"] {
            #expect(FileManager.default.fileExists(atPath: bag + "/" + name), "\(name)")
        }
        // Originals are bit-exact.
        let original = try Data(contentsOf: URL(fileURLWithPath: file + "/02-intervijas-protokols/page-2.png"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: bag + "/data/originals/02-intervijas-protokols/page-2.png")) == original)
        #expect(FileManager.default.fileExists(atPath: bag + "/data/metadata/01-patveruma-pieteikums.json"))
        #expect(FileManager.default.fileExists(atPath: bag + "/data/derivatives/01-patveruma-pieteikums/page-0002.hocr"))

        // The export is provenance, with the person who made it.
        let events = try digitise("events", "PF-2021-000342", "--archive", archive.path)
        #expect(events.stdout.contains("export") && events.stdout.contains("auditor-anna"))

        // The validator is not a rubber stamp: one changed byte fails the bag.
        let payload = bag + "/data/derivatives/01-patveruma-pieteikums/page-0001.txt"
        var bytes = try Data(contentsOf: URL(fileURLWithPath: payload))
        bytes[0] ^= 0x20
        try bytes.write(to: URL(fileURLWithPath: payload))
        #expect(try validate(bag).status != 0)

        // A second export into the same folder is refused, not mixed in.
        #expect(try digitise("export", "PF-2021-000342", "--bagit", bag, "--archive", archive.path).status == 73)
    }

    @Test func hocrAndAltoPagesComeOutOnePerPage() throws {
        let inbox = try TemporaryFolder("inbox")
        let archive = try TemporaryFolder("archive")
        let out = try TemporaryFolder("pages")
        try inbox.copy(Repository.samplesInbox + "/PF-2021-000342/01-patveruma-pieteikums.tif", to: "PF-1/application.tif")
        #expect(try digitise("run", inbox.path, "--archive", archive.path, "--quiet").status == 0)
        #expect(try digitise("export", "PF-1", "--hocr", out.path + "/hocr", "--archive", archive.path).status == 0)
        #expect(try digitise("export", "PF-1", "--alto", out.path + "/alto", "--archive", archive.path).status == 0)
        let hocr = try String(contentsOfFile: out.path + "/hocr/application/page-0002.hocr", encoding: .utf8)
        #expect(hocr.contains("ocrx_word"))
        let alto = try String(contentsOfFile: out.path + "/alto/application/page-0001.alto.xml", encoding: .utf8)
        #expect(alto.contains("<alto") && alto.contains("String"))
        #expect(try digitise("export", "PF-1", "--archive", archive.path).status == 64, "one target is required")
    }
}

/// The searchable PDF, read back by poppler's `pdftotext`.
@Suite(.serialized) struct PDFExportTests {
    @Test func aSearchablePDFCarriesTheTextInDocumentOrder() throws {
        let inbox = try TemporaryFolder("inbox")
        let archive = try TemporaryFolder("archive")
        let out = try TemporaryFolder("pdf")
        let file = Repository.samplesInbox + "/PF-2019-004512"
        try inbox.copy(file + "/01-dzivesvietas-deklaracija.png", to: "PF-2019-004512/01-dzivesvietas-deklaracija.png")
        try inbox.copy(file + "/02-pases-kopija.png", to: "PF-2019-004512/02-pases-kopija.png")
        #expect(try Command.run(Repository.binary, ["run", inbox.path, "--archive", archive.path, "--quiet"]).status == 0)
        let pdf = out.path + "/PF-2019-004512.pdf"
        let export = try Command.run(Repository.binary, ["export", "PF-2019-004512", "--pdf", pdf, "--archive", archive.path])
        #expect(export.status == 0, "\(export.stderr)")
        let text = try Command.run("/usr/bin/pdftotext", ["-layout", pdf, "-"]).stdout
        let declaration = try #require(text.range(of: "DEKLARĀCIJA"), "\(text.prefix(400))")
        #expect(text.contains("Bērziņš"))
        let passport = try #require(text.range(of: "PASES"))
        #expect(declaration.lowerBound < passport.lowerBound, "pages in document order")
        let info = try Command.run("/usr/bin/pdfinfo", [pdf]).stdout
        #expect(info.split(separator: "\n").contains { $0.hasPrefix("Pages:") && $0.hasSuffix(" 2") })
    }
}
