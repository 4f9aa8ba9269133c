import Foundation
import TestSupport
import Testing

/// `digitise token add` keeps the auth file whole: it never writes over a file it cannot read or understand.
@Suite struct TokenCommandTests {
    func token(_ auth: String, name: String = "a.ozola") throws -> CommandResult {
        try Command.run(Repository.binary, ["token", "add", name, "--role", "auditor", "--auth", auth])
    }

    @Test func addsAHashAndPrintsTheTokenOnce() throws {
        let folder = try TemporaryFolder("auth")
        let auth = folder.path + "/tokens"
        let first = try token(auth)
        #expect(first.status == 0)
        let printed = first.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let second = try token(auth, name: "b.berzina")
        #expect(second.status == 0)
        let file = try String(contentsOfFile: auth, encoding: .utf8)
        #expect(file.contains("a.ozola auditor sha256:") && file.contains("b.berzina auditor sha256:"))
        #expect(!file.contains(printed), "the file keeps hashes only")
    }

    @Test func refusesToWriteOverAFileItCannotUnderstand() throws {
        let folder = try TemporaryFolder("auth")
        let text = "a.ozola auditor sha256:\(String(repeating: "0", count: 64))\nthis line is not a token\n"
        let auth = try folder.file("tokens", Array(text.utf8))
        let result = try token(auth)
        #expect(result.status == 64)
        #expect(result.stderr.contains("line 2"))
        #expect(try String(contentsOfFile: auth, encoding: .utf8) == text, "left exactly as it was")
    }

    @Test func refusesWhatItCannotRead() throws {
        let folder = try TemporaryFolder("auth")
        let auth = try folder.folder("tokens")  // a folder where the file should be: nothing to read
        let result = try token(auth)
        #expect(result.status == 66)
        #expect(result.stderr.contains("cannot read the auth file"))
    }
}
