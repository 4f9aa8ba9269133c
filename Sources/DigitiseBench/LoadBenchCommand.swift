import ArgumentParser
import Catalog
import Foundation

/// `digitise-bench load`: the auditors' server under load. An archive of N synthetic pages (classified as a night
/// would leave them: most personal-file, some asylum, some in review), `digitise serve` on a free port, then `wrk`
/// clients on the dashboard, search and the printable report at once for a while, with `/health` asked every 50 ms
/// beside them. Reports requests per second and latency percentiles per route, answers of 500 and above, and
/// `/health`'s latency under that load.
struct LoadBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "load", abstract: "The report server under concurrent load (wrk): requests/s and latency per route, /health.")

    @Option(help: "Pages in the archive served.") var pages = 10_000
    @Option(help: "Concurrent clients in all, shared between the routes.") var clients = 50
    @Option(help: "Seconds of load.") var seconds = 60
    @Option(help: "The digitise binary.") var digitise = ".build/release/digitise"
    @Option(help: "Scratch folder (emptied first).") var work = "bench/work/load"
    @Option(help: "The file whose load section is rewritten.") var report = "BENCHMARKS.md"
    @Option(help: "Where the TSV results go.") var results = "bench/results"

    func run() throws {
        try? FileManager.default.removeItem(atPath: work)
        let archive = work + "/archive"
        try FileManager.default.createDirectory(atPath: archive, withIntermediateDirectories: true)
        Console.log("load: filling an archive of \(pages) pages")
        let catalog = try SQLiteCatalog(path: archive + "/catalog.sqlite")
        _ = try SyntheticCatalog.fill(catalog, pages: pages, pagesPerDocument: 10)
        // Classes as a night leaves them: 7 in 10 documents personal-file, 2 asylum, 1 in review.
        let classify = """
            UPDATE documents SET
              class = CASE WHEN id % 10 < 7 THEN 'personal-file' WHEN id % 10 < 9 THEN 'asylum' ELSE 'personal-file' END,
              class_probability = CASE WHEN id % 10 = 9 THEN 0.7 ELSE 0.96 END,
              kind = CASE WHEN id % 10 BETWEEN 7 AND 8 THEN 'asylum-application' ELSE 'residence-permit-application' END,
              review = CASE WHEN id % 10 = 9 THEN 1 ELSE 0 END, classify_key = 'bench', classified_at = created_at;
            UPDATE files SET holds_asylum = EXISTS(SELECT 1 FROM documents d WHERE d.file_id = files.id AND d.class = 'asylum');
            """
        let sql = try run("/usr/bin/sqlite3", [archive + "/catalog.sqlite", classify])
        guard sql.status == 0 else { throw BenchError("cannot classify the bench archive: \(sql.stderr)") }
        let auth = work + "/tokens"
        let token = try run(digitise, ["token", "add", "bench-auditor", "--role", "auditor", "--auth", auth])
        guard token.status == 0 else { throw BenchError("digitise token add failed: \(token.stderr)") }
        let secret = token.stdout.trimmingCharacters(in: .whitespacesAndNewlines)

        let port = try Self.freePort()
        let server = Process()
        server.executableURL = URL(fileURLWithPath: digitise)
        server.arguments = ["serve", "--archive", archive, "--auth", auth, "--port", String(port)]
        server.standardOutput = FileHandle.nullDevice
        let serverLog = work + "/serve.log"
        FileManager.default.createFile(atPath: serverLog, contents: nil)
        server.standardError = FileHandle(forWritingAtPath: serverLog)
        try server.run()
        defer {
            server.terminate()
            server.waitUntilExit()
        }
        try Self.waitForHealth(port: port)

        // The routes and how many of the clients each gets.
        let searches = CatalogBenchCommand.queries.map {
            "/search?q=" + ($0.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? $0)
        }
        let routes: [(name: String, paths: [String], share: Int)] = [
            ("dashboard /", ["/"], clients - 2 * (clients / 3)), ("search /search?q=…", searches, clients / 3),
            ("printable report /print", ["/print"], clients / 3),
        ]
        Console.log("load: \(clients) clients for \(seconds) s on \(routes.map(\.name).joined(separator: ", ")), /health every 50 ms")
        let probe = HealthProbe(port: port)
        let started = try routes.enumerated().map { index, route in
            try WrkRun.start(
                route: route.name, paths: route.paths, port: port, connections: route.share, seconds: seconds, token: secret,
                script: work + "/route-\(index).lua")
        }
        let runs = try zip(routes, started).map { try WrkRun.finish(route: $0.0.name, connections: $0.0.share, $0.1) }
        let health = probe.stop()
        let sorted = health.latencies.sorted()
        func percentile(_ p: Double) -> Double { sorted.isEmpty ? .nan : sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))] }

        let serverErrors = runs.map(\.serverErrors).reduce(0, +)
        var table = [
            "| route | clients | requests | requests/s | p50 ms | p95 ms | p99 ms | 5xx | socket errors |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
        ]
        table += runs.map {
            String(
                format: "| %@ | %d | %d | %.1f | %.1f | %.1f | %.1f | %d | %d |", $0.route, $0.connections, $0.requests, $0.perSecond,
                $0.p50,
                $0.p95, $0.p99, $0.serverErrors, $0.socketErrors)
        }
        table.append(
            String(
                format: "| /health (one client, every 50 ms, beside the load) | 1 | %d | — | %.1f | %.1f | %.1f | %d failed | — |",
                sorted.count,
                percentile(0.5), percentile(0.95), percentile(0.99), health.failures))
        let verdict = [
            "- No 5xx: \(serverErrors == 0 ? "met" : "not met (\(serverErrors))").",
            String(
                format: "- `/health` p99 under 100 ms during the load: %@ (%.1f ms).", percentile(0.99) < 100 ? "met" : "not met",
                percentile(0.99)),
        ]
        let text = table.joined(separator: "\n")
        print(text)
        print(verdict.joined(separator: "\n"))

        try FileManager.default.createDirectory(atPath: results, withIntermediateDirectories: true)
        let tsv =
            (["route\tclients\trequests\trequests_per_s\tp50_ms\tp95_ms\tp99_ms\tserver_errors\tsocket_errors"]
            + runs.map {
                "\($0.route)\t\($0.connections)\t\($0.requests)\t\(String(format: "%.1f", $0.perSecond))\t\($0.p50)\t\($0.p95)\t\($0.p99)\t\($0.serverErrors)\t\($0.socketErrors)"
            }
            + [
                String(
                    format: "/health\t1\t%d\t\t%.3f\t%.3f\t%.3f\t%d\t", sorted.count, percentile(0.5), percentile(0.95), percentile(0.99),
                    health.failures)
            ])
            .joined(separator: "\n") + "\n"
        let stamp = ResultsWriter.stamp
        let file = stamp.prefix(16).replacingOccurrences(of: " ", with: "-").replacingOccurrences(of: ":", with: "")
        try tsv.write(toFile: results + "/load-latest.tsv", atomically: true, encoding: .utf8)
        try tsv.write(toFile: results + "/load-\(file).tsv", atomically: true, encoding: .utf8)
        try ResultsWriter(results: results, report: report).replaceSection(
            "load",
            with: [
                "Measured \(stamp) on \(ResultsWriter.machine) by `make bench` (`.build/release/digitise-bench load`): an archive of",
                "\(pages) synthetic pages (7 in 10 documents personal-file, 2 asylum, 1 in review), `digitise serve` on loopback, and \(clients)",
                "`wrk` clients at once for \(seconds) s as an auditor, split between the routes (search cycles through \(searches.count) queries);",
                "`/health` asked every 50 ms on its own connection meanwhile. Raw figures: `bench/results/load-latest.tsv`.", "", text, "",
                verdict.joined(separator: "\n"),
            ].joined(separator: "\n"))
    }

    private func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let error = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self), String(decoding: error, as: UTF8.self))
    }

    /// A port nobody listens on now: the kernel's pick for a socket bound to port 0.
    static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard bound else { throw BenchError("cannot find a free port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    static func waitForHealth(port: Int) throws {
        for _ in 0..<100 {
            let probe = HealthProbe(port: port, interval: .milliseconds(1))
            Thread.sleep(forTimeInterval: 0.1)
            if !probe.stop().latencies.isEmpty { return }
        }
        throw BenchError("digitise serve did not answer /health on port \(port) within 10 s")
    }
}
