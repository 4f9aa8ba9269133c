import Foundation
import Synchronization

/// A PostgreSQL server of one's own (the tests', a benchmark's): `initdb` in a temporary folder (as the `postgres`
/// user when run as root, since the server refuses to run as root), listening on loopback only, on a free port, with
/// its socket in its own folder; stopped when the process exits. For the tests, one server per test process and a
/// fresh database per test.
public final class PostgresServer: Sendable {
    public let port: Int
    public let folder: String
    private let binaries: String

    /// The tests' server, started on first use.
    public static let shared: Result<PostgresServer, PostgresServerError> = {
        do { return .success(try PostgresServer()) } catch let error as PostgresServerError { return .failure(error) } catch {
            return .failure(.cannotStart("\(error)"))
        }
    }()

    /// Where Debian puts the server's programs (`postgresql-15`, installed by `make deps-test`).
    static func findBinaries() -> String? {
        let root = "/usr/lib/postgresql"
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        return versions.sorted { (Int($0) ?? 0) > (Int($1) ?? 0) }.map { "\(root)/\($0)/bin" }
            .first { FileManager.default.isExecutableFile(atPath: $0 + "/initdb") }
    }

    /// A server of a benchmark's own.
    /// - Parameter durable: flush every commit to disk (`fsync`), as a production server does; the tests' server
    ///   does not, since they measure nothing.
    public static func start(durable: Bool) throws -> PostgresServer { try PostgresServer(durable: durable) }

    private init(durable: Bool = false) throws {
        guard let binaries = Self.findBinaries() else {
            throw PostgresServerError.cannotStart("no PostgreSQL server under /usr/lib/postgresql: run `make deps-test`")
        }
        self.binaries = binaries
        folder = NSTemporaryDirectory() + "digitise-postgres-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let asRoot = getuid() == 0
        if asRoot { try Self.run("/usr/bin/chown", ["-R", "postgres:postgres", folder]) }
        try Self.run(
            binaries + "/initdb", ["-D", folder + "/data", "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8"],
            asPostgres: asRoot)
        var started: Int?
        for _ in 0..<8 where started == nil {
            let candidate = Int.random(in: 30_000...60_000)
            let options =
                "-c listen_addresses=127.0.0.1 -p \(candidate) -k \(folder) -c max_connections=300" + (durable ? "" : " -c fsync=off")
            if (try? Self.run(
                binaries + "/pg_ctl", ["-D", folder + "/data", "-o", options, "-l", folder + "/server.log", "-w", "-t", "30", "start"],
                asPostgres: asRoot)) != nil
            {
                started = candidate
            }
        }
        guard let started else {
            let log = (try? String(contentsOfFile: folder + "/server.log", encoding: .utf8)) ?? ""
            throw PostgresServerError.cannotStart("pg_ctl could not start a server: \(log.suffix(600))")
        }
        port = started
        let data = folder + "/data"
        let pgCtl = binaries + "/pg_ctl"
        let stop: @Sendable () -> Void = {
            _ = try? Self.run(pgCtl, ["-D", data, "-m", "immediate", "stop"], asPostgres: asRoot)
            try? FileManager.default.removeItem(atPath: (data as NSString).deletingLastPathComponent)
        }
        Self.stops.withLock { $0.append(stop) }
        atexit { PostgresServer.stopAll() }
    }

    private static let stops = Mutex<[@Sendable () -> Void]>([])

    static func stopAll() {
        for stop in stops.withLock({ stops in
            defer { stops = [] }; return stops
        }) { stop() }
    }

    /// A new, empty database (UTF-8 unless told otherwise) and its address.
    public func createDatabase(ctype: String = "C.UTF-8", encoding: String = "UTF8") throws -> String {
        let name = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        try psql("CREATE DATABASE \(name) TEMPLATE template0 ENCODING '\(encoding)' LC_COLLATE '\(ctype)' LC_CTYPE '\(ctype)'")
        return address(of: String(name))
    }

    public func address(of database: String) -> String { "postgres://postgres@127.0.0.1:\(port)/\(database)" }

    /// Runs SQL as the superuser on `database` and returns what psql printed (unaligned, tuples only).
    @discardableResult
    public func psql(_ sql: String, database: String = "postgres") throws -> String {
        try Self.run(binaries + "/psql", ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", "-d", database, "-XAtq", "-c", sql])
    }

    /// Runs a program to its end and returns what it printed. Not Foundation's `Process`: its child monitor here
    /// sometimes missed `runuser`'s exit after `pg_ctl` had daemonised the server, and left the tests hanging on a
    /// zombie; `posix_spawn` and `waitpid` on the one child cannot miss it. Output goes through a file, since the
    /// server started by `pg_ctl` must not inherit a pipe that we wait to close.
    @discardableResult
    static func run(_ program: String, _ arguments: [String], asPostgres: Bool = false) throws -> String {
        let argv = asPostgres ? ["/usr/sbin/runuser", "-u", "postgres", "--", program] + arguments : [program] + arguments
        let outputPath = NSTemporaryDirectory() + "digitise-postgres-output-\(UUID().uuidString)"
        defer { unlink(outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var cArguments = argv.map { strdup($0) } + [nil]
        defer { for argument in cArguments { free(argument) } }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, argv[0], &actions, nil, &cArguments, environ)
        guard spawned == 0 else {
            throw PostgresServerError.failed("cannot start \(argv[0]): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else { throw PostgresServerError.failed("lost \(argv[0]): \(String(cString: strerror(errno)))") }
        }
        let text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        let exitedCleanly = status & 0x7f == 0 && (status >> 8) & 0xff == 0
        guard exitedCleanly else {
            throw PostgresServerError.failed("\((program as NSString).lastPathComponent) \(arguments.joined(separator: " ")): \(text)")
        }
        return text
    }
}
