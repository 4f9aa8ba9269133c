import DigitiseCore
import Dispatch
import Foundation
import Synchronization

/// Crash containment for `digitise run`: this process holds the archive's lock and starts the reading process as
/// its child (the same program and arguments), reads its journal, and outlives it.
///
/// A crash in libtiff, libpng, Leptonica or Tesseract kills the child with a signal; a page that hangs (no progress
/// for `batch.page_watchdog_seconds`) gets it killed. Either way the supervisor counts one abnormal end against every
/// page (or source file) the child held (`RunLedger`), closes the child's batch, and starts a new child, which reads
/// those pages first, one at a time. A page held at two abnormal ends is failed (`reader.crashed`, `reader.hung`)
/// and not tried again: the night costs that page, never the rest.
///
/// The child runs in a process group of its own, so Ctrl-C reaches it once, forwarded from here.
final class Supervisor: Sendable {
    /// Opens the run's catalog (the archive's own, or the one `--catalog` names) to close a dead child's batch.
    let openLedger: @Sendable () throws -> any BatchLedger & RunLedger
    let watchdog: Duration
    /// Abnormal ends a page may be in hand at before it is failed.
    static let abnormalEndsPerPage = 2
    /// Restarts after which the night is given up: something is wrong beyond any page (hardware, memory).
    static let maxRestarts = 200

    private let child = Mutex<pid_t>(0)
    private let stopSignal = Mutex<Int32?>(nil)

    init(watchdogSeconds: Double, openLedger: @escaping @Sendable () throws -> any BatchLedger & RunLedger) {
        self.openLedger = openLedger
        watchdog = .milliseconds(Int(watchdogSeconds * 1000))
    }

    /// Runs children until one ends by itself, and returns its exit status.
    /// - Parameter lock: the archive's lock, held here; each child gets it as descriptor 4.
    func run(arguments: [String], lock: ArchiveLock) throws -> Int32 {
        let forwarding = forwardStopSignals()
        defer { forwarding.forEach { $0.cancel() } }
        var restarts = 0
        var endsWithNothingInHand = 0
        while true {
            let state = ReaderState()
            let (pid, journal, lifeline) = try spawn(arguments: arguments, lock: lock)
            defer { close(lifeline) }
            child.withLock { $0 = pid }
            let reader = Thread { Self.read(journal, into: state) }
            reader.start()
            let (status, hung) = wait(for: pid, state: state)
            child.withLock { $0 = 0 }
            while !reader.isFinished { usleep(10_000) }  // the journal's last lines (EOF once the child is gone)

            let signalled = status & 0x7F
            guard signalled != 0 && signalled != 0x7F else { return (status >> 8) & 0xFF }
            if let requested = stopSignal.withLock({ $0 }) {
                Console.err(
                    "digitise: the reading process ended by \(AbnormalEnd.name(of: signalled)) after \(AbnormalEnd.name(of: requested)); stopped\n"
                )
                return ExitStatus.interrupted.rawValue
            }
            let cause: AbnormalEnd = hung ? .hung(seconds: Int(watchdog.components.seconds)) : .signal(signalled)
            let inHand = state.inHand
            let catalog = try openLedger()
            if let batch = state.batch {
                try catalog.finishBatch(
                    batch, status: "crashed",
                    summaryJSON: CanonicalJSON.string(["stopped": "the reading process was \(cause)"]) ?? "{}")
            }
            let named = try catalog.recordAbnormalEnd(inHand, cause: cause, limit: Self.abnormalEndsPerPage)
            let list = named.map { "\($0.name)\($0.failed ? " (failed: \(cause.code))" : "")" }.joined(separator: ", ")
            Console.err(
                "digitise: the reading process was \(cause) with \(named.isEmpty ? "nothing" : list) in hand; restarting it"
                    + (named.isEmpty ? "" : " (those pages first, one at a time)") + "\n")
            restarts += 1
            endsWithNothingInHand = inHand.isEmpty ? endsWithNothingInHand + 1 : 0
            if endsWithNothingInHand >= 2 || restarts > Self.maxRestarts {
                Console.err(
                    "digitise: error: the reading process ended abnormally \(restarts) time(s)"
                        + (endsWithNothingInHand >= 2 ? ", twice with no page in hand" : "")
                        + ": not a broken page but a fault of the program or the machine; please report it with the messages above\n")
                return ExitStatus.internalError.rawValue
            }
        }
    }

    /// Waits for the child to end, stopping it with SIGKILL if a subject stays in one stage longer than the watchdog.
    /// - Returns: the wait status, and whether the watchdog stopped it.
    private func wait(for pid: pid_t, state: ReaderState) -> (status: Int32, hung: Bool) {
        var status: Int32 = 0
        var hung = false
        while true {
            let done = waitpid(pid, &status, WNOHANG)
            if done == pid { return (status, hung) }
            if done < 0 && errno != EINTR { return (status, hung) }
            if !hung, state.longestInStage > watchdog {
                hung = true
                kill(pid, SIGKILL)
            }
            usleep(100_000)
        }
    }

    /// Starts the child: this program with the same arguments, its journal on descriptor 3, the lock on 4, its
    /// lifeline on 5, in a process group of its own, with default signal handling.
    /// - Returns: the child, the journal's read end, and the lifeline's write end (closed once the child is gone).
    private func spawn(arguments: [String], lock: ArchiveLock) throws -> (pid_t, Int32, Int32) {
        var fds: [Int32] = [0, 0]
        var life: [Int32] = [0, 0]
        guard pipe(&fds) == 0, pipe(&life) == 0 else {
            throw CommandFailure(
                status: .internalError, message: "cannot create the supervisor's pipes: \(String(cString: strerror(errno)))")
        }
        // No end leaks into the child as itself: it gets the journal's write end as 3 and the lifeline's read end as 5
        // only (dup2 clears the flag on the copies).
        for fd in fds + life { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        defer {
            close(fds[1])
            close(life[0])
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, fds[1], SupervisedChild.journalDescriptor)
        posix_spawn_file_actions_adddup2(&actions, lock.descriptor, SupervisedChild.lockDescriptor)
        posix_spawn_file_actions_adddup2(&actions, life[0], SupervisedChild.lifelineDescriptor)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for number in [SIGINT, SIGTERM, SIGHUP, SIGPIPE] { sigaddset(&defaults, number) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        var environment = ProcessInfo.processInfo.environment
        environment[SupervisedChild.environmentKey] =
            "\(SupervisedChild.journalDescriptor):\(SupervisedChild.lockDescriptor):\(SupervisedChild.lifelineDescriptor)"
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, "/proc/self/exe", &actions, &attributes, argv, envp)
        guard result == 0 else {
            close(fds[0])
            close(life[1])
            throw CommandFailure(status: .internalError, message: "cannot start the reading process: \(String(cString: strerror(result)))")
        }
        return (pid, fds[0], life[1])
    }

    /// Reads the journal line by line until the child's end closes it.
    private static func read(_ descriptor: Int32, into state: ReaderState) {
        defer { close(descriptor) }
        var pending: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { return }
            pending += buffer[0..<count]
            while let newline = pending.firstIndex(of: 0x0A) {
                state.apply(Substring(String(decoding: pending[..<newline], as: UTF8.self)))
                pending.removeSubrange(...newline)
            }
        }
    }

    /// Ctrl-C, SIGTERM and SIGHUP reach the supervisor (the child is in its own process group): each is passed on
    /// to the child, which finishes its pages in hand (a second one stops it at once), and the night is not resumed.
    private func forwardStopSignals() -> [any DispatchSourceSignal] {
        [SIGINT, SIGTERM, SIGHUP].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { @Sendable [self] in
                stopSignal.withLock { $0 = $0 ?? number }
                let pid = child.withLock { $0 }
                if pid > 0 { kill(pid, number == SIGHUP ? SIGTERM : number) }
            }
            source.resume()
            return source
        }
    }
}
