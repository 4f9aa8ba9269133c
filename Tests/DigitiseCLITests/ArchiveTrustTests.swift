import Foundation
import TestSupport
import Testing

/// Fixity, provenance and the archive lock, through the real binary on the project's samples.
@Suite(.serialized) struct ArchiveTrustTests {
    func digitise(_ arguments: String...) throws -> CommandResult {
        try Command.run(Repository.binary, arguments)
    }

    /// One small personal file from the samples: two documents, four pages.
    func inbox() throws -> TemporaryFolder {
        let inbox = try TemporaryFolder("inbox")
        let file = Repository.samplesInbox + "/PF-2020-001187"
        try inbox.copy(file + "/01-uzturesanas-atlaujas-pieteikums.tif", to: "PF-2020-001187/01-uzturesanas-atlaujas-pieteikums.tif")
        try inbox.copy(file + "/03-darba-deveja-vestule.png", to: "PF-2020-001187/03-darba-deveja-vestule.png")
        return inbox
    }

    @Test func verifyCatchesAByteFlippedInAnyObject() throws {
        let inbox = try inbox()
        let archive = try TemporaryFolder("archive")
        #expect(try digitise("run", inbox.path, "--archive", archive.path, "--quiet").status == 0)
        let clean = try digitise("verify", "--archive", archive.path, "--format", "json")
        #expect(clean.status == 0, "\(clean.stdout)")
        let objects = (FileManager.default.enumerator(atPath: archive.path + "/objects")?.allObjects as? [String] ?? [])
            .filter { $0.split(separator: "/").last?.count == 64 }.sorted()
        #expect(objects.count >= 8)  // originals, normalised images, texts, hOCR
        for object in objects {
            let path = archive.path + "/objects/" + object
            let original = try Data(contentsOf: URL(fileURLWithPath: path))
            var flipped = original
            flipped[flipped.count / 2] ^= 0x01
            try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
            try flipped.write(to: URL(fileURLWithPath: path))
            let report = try digitise("verify", "--archive", archive.path, "--format", "json")
            #expect(report.status == 4, "a flipped byte in \(object) went unnoticed")
            let json = try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any]
            let problems = json?["problems"] as? [[String: Any]] ?? []
            #expect(problems.count == 1)
            #expect((problems.first?["object"] as? String).map { object.hasSuffix($0) } == true)
            let dependents = problems.first?["dependents"] as? [String] ?? []
            #expect(dependents.count >= 1, "names what depends on it")
            try original.write(to: URL(fileURLWithPath: path))
        }
        // Fixity failures are provenance too.
        let events = try digitise("events", "PF-2020-001187", "--archive", archive.path, "--format", "json")
        let list = try JSONSerialization.jsonObject(with: Data(events.stdout.utf8)) as? [[String: Any]] ?? []
        #expect(list.contains { $0["type"] as? String == "fixity check" && $0["outcome"] as? String == "failure" })
    }

    @Test func aMissingObjectIsReportedAndSlicesCoverEverythingOnce() throws {
        let inbox = try inbox()
        let archive = try TemporaryFolder("archive")
        #expect(try digitise("run", inbox.path, "--archive", archive.path, "--quiet").status == 0)
        var total = 0
        for k in 1...3 {
            let slice = try digitise("verify", "--slice", "\(k)/3", "--archive", archive.path, "--format", "json")
            total += (try JSONSerialization.jsonObject(with: Data(slice.stdout.utf8)) as? [String: Any])?["checked"] as? Int ?? 0
        }
        let all = try digitise("verify", "--archive", archive.path, "--format", "json")
        #expect((try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as? [String: Any])?["checked"] as? Int == total)

        let victim = try #require(
            (FileManager.default.enumerator(atPath: archive.path + "/objects")?.allObjects as? [String])?.first { $0.count > 64 })
        try FileManager.default.removeItem(atPath: archive.path + "/objects/" + victim)
        let report = try digitise("verify", "--archive", archive.path)
        #expect(report.status == 4)
        #expect(report.stdout.contains("missing"))
        #expect(try digitise("verify", "--slice", "4/3", "--archive", archive.path).status == 64)
    }

    @Test func everyStageLeavesAnEvent() throws {
        let inbox = try inbox()
        let archive = try TemporaryFolder("archive")
        #expect(try digitise("run", inbox.path, "--archive", archive.path, "--quiet").status == 0)
        let events = try digitise("events", "PF-2020-001187", "--archive", archive.path, "--format", "json")
        let list = try JSONSerialization.jsonObject(with: Data(events.stdout.utf8)) as? [[String: Any]] ?? []
        let types = Set(list.compactMap { $0["type"] as? String })
        #expect(types == ["ingestion", "message digest calculation", "normalization", "transcription", "classification"])
        #expect(list.allSatisfy { ($0["agent"] as? String)?.hasPrefix("digitise ") == true })
        #expect(list.filter { $0["type"] as? String == "transcription" }.count == 4)
        // A second run changes nothing, so it records nothing.
        #expect(try digitise("run", inbox.path, "--archive", archive.path, "--quiet").status == 0)
        let again = try digitise("events", "PF-2020-001187", "--archive", archive.path, "--format", "json")
        #expect((try JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as? [[String: Any]])?.count == list.count)
    }

    @Test func oneRunPerArchiveAndStagingLeftoversAreCleared() throws {
        let inbox = try inbox()
        let archive = try TemporaryFolder("archive")
        // A crashed run's half-written object.
        try archive.file("tmp/object-crashed", Array(repeating: 7, count: 1000))
        // Another process holds the lock, as a running night would.
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
        holder.arguments = [archive.path + "/lock", "sleep", "30"]
        try holder.run()
        defer { holder.terminate() }
        usleep(300_000)
        let refused = try digitise("run", inbox.path, "--archive", archive.path, "--quiet")
        #expect(refused.status == 75)
        #expect(refused.stderr.contains("in use by another run"))
        #expect(
            FileManager.default.fileExists(atPath: archive.path + "/tmp/object-crashed"), "nothing is touched while another run holds it")
        holder.terminate()
        holder.waitUntilExit()
        let run = try digitise("run", inbox.path, "--archive", archive.path, "--quiet")
        #expect(run.status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: archive.path + "/tmp").isEmpty)
    }
}

extension ArchiveTrustTests {
    /// An original whose stored copy was damaged is rewritten when the same scan is ingested again, and the repair is
    /// a fixity event of the personal file.
    @Test func aDamagedOriginalIsRepairedWhenItsScanComesAgain() throws {
        let inbox = try inbox()
        let archive = try TemporaryFolder("archive")
        #expect(try digitise("run", inbox.path, "--archive", archive.path, "--quiet").status == 0)
        let scan = try Data(contentsOf: URL(fileURLWithPath: inbox.path + "/PF-2020-001187/03-darba-deveja-vestule.png"))
        let hash = try Command.run("/usr/bin/sha256sum", [inbox.path + "/PF-2020-001187/03-darba-deveja-vestule.png"]).stdout.prefix(64)
        let stored = archive.path + "/objects/sha256/\(hash.prefix(2))/\(hash.dropFirst(2).prefix(2))/\(hash)"
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: stored)
        try scan.prefix(scan.count / 2).write(to: URL(fileURLWithPath: stored))
        #expect(try digitise("verify", "--archive", archive.path).status == 4)

        #expect(try digitise("run", inbox.path, "--archive", archive.path, "--quiet").status == 0)
        #expect(try digitise("verify", "--archive", archive.path).status == 0, "the copy is whole again")
        let events = try digitise("events", "PF-2020-001187", "--archive", archive.path, "--format", "json")
        let list = try JSONSerialization.jsonObject(with: Data(events.stdout.utf8)) as? [[String: Any]] ?? []
        #expect(
            list.contains {
                $0["type"] as? String == "fixity check" && $0["outcome"] as? String == "success"
                    && ($0["detail"] as? String)?.contains("repaired") == true && ($0["detail"] as? String)?.contains(String(hash)) == true
            })
    }

    /// verify and export read the archive under its lock shared: never beside a run (75), beside each other.
    @Test func verifyWaitsForNoRunAndRefusesBesideOne() throws {
        let inbox = try inbox()
        let archive = try TemporaryFolder("archive")
        #expect(try digitise("run", inbox.path, "--archive", archive.path, "--quiet").status == 0)
        let writer = try holdLock(archive.path, "--exclusive")
        defer { writer.terminate() }
        let refused = try digitise("verify", "--archive", archive.path)
        #expect(refused.status == 75, "\(refused.stderr)")
        #expect(refused.stderr.contains("--wait"))
        writer.terminate()
        writer.waitUntilExit()
        let reader = try holdLock(archive.path, "--shared")
        defer { reader.terminate() }
        #expect(try digitise("verify", "--archive", archive.path).status == 0, "beside another reader")
    }

    /// Another process holding the archive's lock (`flock --exclusive` as a run would, `--shared` as a reader).
    private func holdLock(_ archive: String, _ mode: String) throws -> Process {
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
        holder.arguments = [mode, archive + "/lock", "sleep", "30"]
        try holder.run()
        usleep(300_000)
        return holder
    }
}
