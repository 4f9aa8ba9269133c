import DigitiseCore
import FileSystemInbox
import Foundation
import TestSupport
import Testing

@Suite struct InboxScannerTests {
    @Test func findsFilesAndDocumentsInNaturalOrder() throws {
        let inbox = try TemporaryFolder("inbox")
        try inbox.file("PF-1/passport.tif", [1])
        try inbox.file("PF-1/letter/page-10.png", [1])
        try inbox.file("PF-1/letter/page-2.png", [1])
        try inbox.file("PF-1/notes.txt", [1])
        let scan = try InboxScanner().scan(inbox: inbox.path)
        #expect(scan.problems.isEmpty)
        let file = try #require(scan.files.first)
        #expect(file.id.rawValue == "PF-1")
        #expect(file.documents.map(\.name) == ["letter", "notes.txt", "passport"])
        #expect(file.documents[0].relativePaths == ["letter/page-2.png", "letter/page-10.png"])
    }

    @Test func reportsWhatItWillNotFollow() throws {
        let inbox = try TemporaryFolder("inbox")
        let outside = try TemporaryFolder("outside")
        try outside.file("secret.png", [1])
        try inbox.file("PF-1/ok.png", [1])
        try inbox.file("PF-1/.DS_Store", [1])
        try inbox.file("bad id!/x.png", [1])
        try inbox.file("loose.png", [1])
        try inbox.file("PF-1/doc/inner/deep.png", [1])
        try inbox.folder("PF-2/empty-doc")
        try FileManager.default.createSymbolicLink(
            atPath: inbox.path + "/PF-1/escape.png", withDestinationPath: outside.path + "/secret.png")
        try FileManager.default.createSymbolicLink(
            atPath: inbox.path + "/PF-1/inside.png", withDestinationPath: inbox.path + "/PF-1/ok.png")

        let scan = try InboxScanner().scan(inbox: inbox.path)
        let codes = Dictionary(scan.problems.map { ($0.path, $0.code) }, uniquingKeysWith: { a, _ in a })
        #expect(codes["PF-1/.DS_Store"] == "inbox.hidden")
        #expect(codes["bad id!"] == "inbox.bad-file-id")
        #expect(codes["loose.png"] == "inbox.loose-file")
        #expect(codes["PF-1/doc/inner"] == "inbox.nested-folder")
        #expect(codes["PF-1/escape.png"] == "inbox.symlink-outside")
        #expect(codes["PF-2/empty-doc"] == "inbox.empty-folder")
        #expect(scan.problems.first { $0.code == "inbox.hidden" }?.isFailure == false)
        #expect(scan.problems.first { $0.code == "inbox.symlink-outside" }?.isFailure == true)
        // A link that stays inside the inbox is followed.
        #expect(scan.files.map(\.id.rawValue) == ["PF-1"])
        #expect(scan.files[0].documents.map(\.name).contains("inside"))
        #expect(!scan.files[0].documents.map(\.name).contains("escape"))
    }

    @Test func refusesAMissingInbox() {
        #expect(throws: InboxReadError.self) { try InboxScanner().scan(inbox: "/nonexistent/inbox") }
    }

    @Test func reportsTwoEntriesClaimingOneDocumentName() throws {
        let inbox = try TemporaryFolder("inbox")
        try inbox.file("PF-1/a.tif", [1])
        try inbox.file("PF-1/a.png", [1])
        let scan = try InboxScanner().scan(inbox: inbox.path)
        #expect(scan.files[0].documents.count == 1)
        #expect(scan.problems.map(\.code) == ["inbox.duplicate-document"])
    }
}
