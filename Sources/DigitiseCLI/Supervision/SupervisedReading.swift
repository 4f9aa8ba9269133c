import ArgumentParser
import DigitiseCore
import Foundation

/// What `digitise run` and `digitise work` share: a supervising process that holds the archive's lock and restarts
/// the reading process after a crash (`Supervisor`), and the reading process, which opens the archive under that
/// lock, builds the run's engines and reads.
struct SupervisedReading {
    let archive: ArchiveOptions
    let pipeline: PipelineOptions
    let workers: WorkerOptions
    /// The command as the lock file names its holder (`digitise run INBOX`).
    let command: String
    let wait: Bool

    /// The supervising process: its exit status is the last child's.
    func supervise() throws {
        let status = try CommandFailure.mapping { () throws -> Int32 in
            // Loaded here too, so that a bad pipeline is refused before anything starts, and for its watchdog.
            let definition = try pipeline.definition()
            let archive = self.archive
            // Workers of a catalog on PostgreSQL share the archive; a run on the archive's own catalog has it alone.
            let shared = try archive.catalog.postgres() != nil
            let lock = try Archive.lock(archive.path, command: command, wait: wait, shared: shared)
            return try Supervisor(watchdogSeconds: definition.batch.pageWatchdogSeconds) { try Archive.ledger(archive) }
                .run(arguments: CommandLine.arguments, lock: lock)
        }
        if status != 0 { throw ExitCode(status) }
    }

    /// The reading process (or an unsupervised run): opens the archive, holding it for as long as `body` writes.
    func read<Summary>(child: SupervisedChild?, _ body: (RunContext, Archive) throws -> Summary) throws -> Summary {
        try CommandFailure.mapping { () throws -> Summary in
            let shared = try archive.catalog.postgres() != nil
            let inherited = try child.map { try ArchiveLock(inherited: $0.lock, archive: archive.path, shared: shared) }
            let control = RunControl()
            let trap = SignalTrap(stopping: control)
            defer { withExtendedLifetime(trap) {} }
            var (context, opened) = try Composition.runContext(pipeline, workers: workers, control: control) {
                try Archive.openForWriting(archive, command: command, wait: wait, lock: inherited, asWorker: true)
            }
            if let child { context.journal = PipeJournal(descriptor: child.journal, control: control) }
            return try withExtendedLifetime(opened) { try body(context, opened) }
        }
    }
}
