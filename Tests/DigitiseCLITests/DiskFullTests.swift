import Foundation
import TestSupport
import Testing

/// A disk that fills in the middle of a night: the run stops with exit 73 and says what to free, the archive is
/// consistent (`verify` finds every object intact), and once space is freed a run completes with exactly what an
/// undisturbed run makes. The archive lives on a size-limited tmpfs, which needs root to mount (as CI runs).
@Suite(.serialized, .enabled(if: getuid() == 0, "mounting a size-limited tmpfs needs root"))
struct DiskFullTests {
    func digitise(_ arguments: String...) throws -> CommandResult { try Command.run(Repository.binary, arguments) }

    @Test func aFullDiskStopsTheRunWith73AndARunAfterFreeingSpaceCompletesIt() throws {
        let reference = try TemporaryFolder("reference")
        #expect(try digitise("run", Repository.samplesInbox, "--archive", reference.path, "--quiet").status == 0)

        let mountPoint = try TemporaryFolder("small-disk")
        // 3 MB: the samples' originals (0.5 MB) fit, their derivatives and the catalog do not.
        let mounted = try Command.run("/bin/mount", ["-t", "tmpfs", "-o", "size=3M", "tmpfs", mountPoint.path])
        try #require(mounted.status == 0, "\(mounted.stderr)")
        defer { _ = try? Command.run("/bin/umount", [mountPoint.path]) }
        let archive = mountPoint.path + "/archive"

        let full = try digitise("run", Repository.samplesInbox, "--archive", archive, "--quiet")
        #expect(full.status == 73, "\(full.stdout)\(full.stderr)")
        #expect(full.stderr.contains("is full") && full.stderr.contains("free space"), "\(full.stderr)")
        // Every object intact; with the disk still full, the check may not be recorded, and says so.
        let verify = try digitise("verify", "--archive", archive)
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
        #expect(verify.stdout.contains("every object intact"))
        #expect(
            try Command.run("/usr/bin/sqlite3", [archive + "/catalog.sqlite", "SELECT count(*) FROM batches WHERE status = 'running'"])
                .stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0", "no batch left running")

        let grown = try Command.run("/bin/mount", ["-o", "remount,size=64M", mountPoint.path])
        try #require(grown.status == 0, "\(grown.stderr)")
        let resumed = try digitise("run", Repository.samplesInbox, "--archive", archive, "--quiet")
        #expect(resumed.status == 0, "\(resumed.stdout)\(resumed.stderr)")
        #expect(try ArchiveContent.dump(archive) == ArchiveContent.dump(reference.path))
        #expect(try digitise("verify", "--archive", archive).status == 0)
    }
}
