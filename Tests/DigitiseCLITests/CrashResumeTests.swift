import Foundation
import TestSupport
import Testing

/// `kill -9` at random moments, then a run to the end: the archive is exactly what an uninterrupted run makes.
@Suite(.serialized) struct CrashResumeTests {
    @Test func killedFiveTimesTheRunStillEndsWithTheSameArchive() throws {
        // 42 distinct pages: the samples three times over, each page's bytes its own (nothing memoised between copies).
        let inbox = try TemporaryFolder("inbox")
        let pages = try SyntheticInbox.make(copies: 3, into: inbox.path)
        #expect(pages >= 30)
        let reference = try TemporaryFolder("reference")
        let archive = try TemporaryFolder("killed")
        let started = Date()
        let clean = try Command.run(Repository.binary, ["run", inbox.path, "--archive", reference.path, "--quiet"])
        #expect(clean.status == 0)
        // Kill moments spread over the length of a whole run (a fifth of it at most, so five kills still leave work).
        let runMicroseconds = UInt32(max(2, Date().timeIntervalSince(started)) * 1_000_000)

        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: Repository.binary)
            process.arguments = ["run", inbox.path, "--archive", archive.path, "--quiet"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32.random(in: 200_000...max(400_000, runMicroseconds / 5), using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            // Whatever the moment, no object is half-written under its name.
            let verify = try Command.run(Repository.binary, ["verify", "--archive", archive.path, "--format", "json"])
            #expect(verify.status == 0 || verify.stderr.contains("no archive"), "\(verify.stdout)")
        }
        let finish = try Command.run(Repository.binary, ["run", inbox.path, "--archive", archive.path, "--quiet"])
        #expect(finish.status == 0, "\(finish.stdout)\(finish.stderr)")
        let resumed = try ArchiveContent.dump(archive.path), uninterrupted = try ArchiveContent.dump(reference.path)
        if resumed != uninterrupted {
            // Keep both for a look, and name the first lines that differ.
            let folder = Repository.root + "/.build/test-output/crash-resume"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try resumed.write(toFile: folder + "/resumed.txt", atomically: true, encoding: .utf8)
            try uninterrupted.write(toFile: folder + "/uninterrupted.txt", atomically: true, encoding: .utf8)
            let differing = zip(resumed.split(separator: "\n"), uninterrupted.split(separator: "\n")).filter { $0 != $1 }.prefix(3)
            Issue.record("the resumed archive differs (\(folder)): \(differing.map { "\($0.0) ≠ \($0.1)" })")
        }
        #expect(try Command.run(Repository.binary, ["verify", "--archive", archive.path]).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: archive.path + "/tmp").isEmpty)
    }
}
