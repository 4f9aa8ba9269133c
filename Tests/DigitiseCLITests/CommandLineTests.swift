import Foundation
import TestSupport
import Testing

/// The CLI through its real binary, on the project's own samples.
@Suite(.serialized) struct CommandLineTests {
    func digitise(_ arguments: String...) throws -> CommandResult {
        try Command.run(Repository.binary, arguments)
    }

    @Test func runsTheSamplesThenFindsAndShowsThem() throws {
        let archive = try TemporaryFolder("archive")
        let before = try treeDigest(Repository.samplesInbox)

        let run = try digitise("run", Repository.samplesInbox, "--archive", archive.path, "--format", "json")
        #expect(run.status == 0, "\(run.stderr)")
        let summary = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        let counts = try #require(summary?["counts"] as? [String: Any])
        #expect(counts["files"] as? Int == 3)
        #expect(counts["pages"] as? Int == counts["pages_done"] as? Int)
        #expect((counts["pages"] as? Int ?? 0) >= 8)
        #expect(try treeDigest(Repository.samplesInbox) == before, "the inbox is never modified")

        // Typed without diacritics, found with them.
        let search = try digitise("search", "berzins", "--archive", archive.path)
        #expect(search.status == 0)
        #expect(search.stdout.contains("PF-2019-004512"))
        #expect(search.stdout.contains("«Bērziņš»"))

        let show = try digitise("show", "PF-2019-004512", "--archive", archive.path, "--format", "json")
        #expect(show.status == 0)
        let record = try #require(try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any])
        #expect(record["file"] as? String == "PF-2019-004512")
        let documents = try #require(record["documents"] as? [[String: Any]])
        #expect(!documents.isEmpty)
        for key in ["name", "class", "probability", "kind", "review", "identifiers", "pages"] {
            #expect(documents[0].keys.contains(key), "document key \(key)")
        }
        let page = try #require((documents[0]["pages"] as? [[String: Any]])?.first)
        for key in ["number", "status", "error", "ocr_confidence", "text"] {
            #expect(page.keys.contains(key), "page key \(key)")
        }

        // Classified: the asylum file's documents are asylum, with a probability, a kind and reasons; the file is
        // marked as holding asylum documentation; the residence file's are not.
        let asylumFile = try digitise("show", "PF-2021-000342", "--archive", archive.path, "--format", "json")
        let asylumRecord = try #require(try JSONSerialization.jsonObject(with: Data(asylumFile.stdout.utf8)) as? [String: Any])
        #expect(asylumRecord["holds_asylum"] as? Bool == true)
        let asylumDocuments = try #require(asylumRecord["documents"] as? [[String: Any]])
        #expect(asylumDocuments.allSatisfy { $0["class"] as? String == "asylum" && ($0["probability"] as? Double ?? 0) > 0.5 })
        #expect(record["holds_asylum"] as? Bool == false)
        #expect(documents.allSatisfy { $0["class"] as? String == "personal-file" })
        let events = try digitise("events", "PF-2021-000342", "--archive", archive.path)
        #expect(events.stdout.contains("classification"))
        // The declaration names the child's personal code: found by it.
        let byCode = try digitise("search", "--personal-code", "220617-20034", "--archive", archive.path)
        #expect(byCode.status == 0)
        #expect(byCode.stdout.contains("PF-2019-004512  01-dzivesvietas-deklaracija"))
        #expect(try digitise("search", "--personal-code", "220617-20035", "--archive", archive.path).status == 64, "bad check digit")
        // Every identifier the samples print holds its own check: the holder's code on all three of his documents,
        // and the passport copy's machine-readable zone (number, birth date and expiry check digits).
        let identifiers = Dictionary(
            uniqueKeysWithValues: documents.map { ($0["name"] as? String ?? "", Set($0["identifiers"] as? [String] ?? [])) })
        for name in ["01-dzivesvietas-deklaracija", "02-pases-kopija", "03-dzimsanas-apliciba"] {
            #expect(identifiers[name]?.contains("personal-code:010190-10001") == true, "\(name): \(identifiers[name] ?? [])")
        }
        #expect(identifiers["01-dzivesvietas-deklaracija"]?.contains("personal-code:150392-10112") == true)
        #expect(identifiers["02-pases-kopija"]?.contains("mrz:LX9304512") == true, "\(identifiers["02-pases-kopija"] ?? [])")

        // Run again: no OCR, and the catalog's content is unchanged.
        let snapshot = try catalogDump(archive.path)
        let again = try digitise("run", Repository.samplesInbox, "--archive", archive.path, "--format", "json")
        #expect(again.status == 0)
        let second = try JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as? [String: Any]
        #expect(second?["pages_processed"] as? Int == 0)
        #expect(try catalogDump(archive.path) == snapshot)
    }

    @Test func aBrokenInboxIsPartialWithReasons() throws {
        let inbox = try TemporaryFolder("inbox")
        let archive = try TemporaryFolder("archive")
        try inbox.copy(Repository.fixture("empty.png"), to: "PF-1/empty.png")
        try inbox.copy(Repository.fixture("bomb.tif"), to: "PF-1/bomb.tif")
        try inbox.copy(Repository.hostile("tiff-truncated.tif"), to: "PF-1/truncated.tif")
        try inbox.file("no good/x.png", [1])
        let run = try digitise("run", inbox.path, "--archive", archive.path)
        #expect(run.status == 2, "exit code 2 is partial")
        for reason in ["decode.empty", "decode.too-large", "decode.truncated", "inbox.bad-file-id"] {
            #expect(run.stdout.contains(reason), "summary names \(reason)")
        }
        #expect(run.stdout.contains("result: partial"))
    }

    @Test func errorsSayWhatToDoWithDocumentedExitCodes() throws {
        let archive = try TemporaryFolder("archive")
        let missing = try digitise("run", "/nonexistent/inbox", "--archive", archive.path)
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("does not exist"))

        let noArchive = try digitise("search", "x", "--archive", archive.path + "/none")
        #expect(noArchive.status == 66)
        #expect(noArchive.stderr.contains("digitise run"))

        let badLanguage = try digitise("run", Repository.samplesInbox, "--archive", archive.path, "--languages", "xyz")
        #expect(badLanguage.status == 69)
        #expect(badLanguage.stderr.contains("apt-get install tesseract-ocr-xyz"))

        let usage = try digitise("run")
        #expect(usage.status == 64)

        let badWorkers = try digitise("run", Repository.samplesInbox, "--archive", archive.path, "--workers", "gpu=2")
        #expect(badWorkers.status == 64)
        #expect(badWorkers.stderr.contains("ocr=N,normalise=M"))

        let map = try TemporaryFolder("map")
        try map.file("languages.map", Array("PF-2019-004512 deu\nPF-2020-001187 lav+\n".utf8))
        let badMap = try digitise("run", Repository.samplesInbox, "--archive", archive.path, "--language-map", map.path + "/languages.map")
        #expect(badMap.status == 64)
        #expect(badMap.stderr.contains("languages.map, line 2:"), "\(badMap.stderr)")
        try map.file("missing-model.map", Array("PF-2019-004512 xyz\n".utf8))
        let missingModel = try digitise(
            "run", Repository.samplesInbox, "--archive", archive.path, "--language-map", map.path + "/missing-model.map")
        #expect(missingModel.status == 69)
        #expect(missingModel.stderr.contains("apt-get install tesseract-ocr-xyz"))

        let help = try digitise("--help")
        #expect(help.stdout.contains("Exit codes"))
        #expect(help.stdout.contains("75"))
    }

    /// SHA-256-free but exact: every path with its size and modification time.
    func treeDigest(_ root: String) throws -> [String] {
        let fm = FileManager.default
        return (fm.enumerator(atPath: root)?.allObjects as? [String] ?? []).sorted().map { path in
            let a = try? fm.attributesOfItem(atPath: root + "/" + path)
            return "\(path) \(a?[.size] ?? 0) \(a?[.modificationDate] ?? 0)"
        }
    }

    /// Every row of the tables that hold the archive's content (batches excluded: each run records itself).
    func catalogDump(_ archive: String) throws -> String {
        let tables = ["files", "documents", "document_sources", "pages", "objects", "derivations", "page_text"]
        return try tables.map { table in
            try Command.run("/usr/bin/sqlite3", [archive + "/catalog.sqlite", "SELECT * FROM \(table) ORDER BY 1"]).stdout
        }.joined(separator: "\n--\n")
    }
}
