import Foundation

/// One route under load by `wrk` (Debian's package), with a Lua script that cycles through the route's addresses,
/// counts answers of 500 and above, and prints the latency percentiles wrk's own report leaves out (p95).
struct WrkRun {
    let route: String
    let connections: Int
    let requests: Int
    let seconds: Double
    let p50: Double
    let p95: Double
    let p99: Double
    let serverErrors: Int
    let socketErrors: Int

    var perSecond: Double { Double(requests) / seconds }

    /// Starts `wrk` against `paths` (cycled) on `port`; call `finish` on the result to wait for its figures.
    static func start(route: String, paths: [String], port: Int, connections: Int, seconds: Int, token: String, script: String) throws
        -> (Process, Pipe)
    {
        let lua = """
            local paths = {\(paths.map { "\"\($0)\"" }.joined(separator: ", "))}
            local threads = {}
            function setup(thread) table.insert(threads, thread) end
            function init(args) counter = 0; fivexx = 0 end
            function request()
                counter = counter + 1
                return wrk.format("GET", paths[(counter % #paths) + 1])
            end
            function response(status, headers, body) if status >= 500 then fivexx = fivexx + 1 end end
            function done(summary, latency, requests)
                local n = 0
                for _, t in ipairs(threads) do n = n + t:get("fivexx") end
                local e = summary.errors
                io.write(string.format("RESULT %d %.3f %.3f %.3f %.3f %d %d\\n", summary.requests, summary.duration / 1e6,
                    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, n,
                    e.connect + e.read + e.write + e.timeout))
            end
            """
        try lua.write(toFile: script, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/wrk")
        process.arguments = [
            "-t1", "-c\(connections)", "-d\(seconds)s", "--timeout", "30s", "-s", script, "-H", "Authorization: Bearer \(token)",
            "http://127.0.0.1:\(port)",
        ]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        return (process, out)
    }

    /// Waits for a started `wrk` and reads its figures.
    static func finish(route: String, connections: Int, _ started: (Process, Pipe)) throws -> WrkRun {
        let output = String(decoding: started.1.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        started.0.waitUntilExit()
        guard let line = output.split(separator: "\n").first(where: { $0.hasPrefix("RESULT ") }) else {
            throw BenchError("wrk gave no result for \(route): \(output)")
        }
        let f = line.split(separator: " ").dropFirst().map(String.init)
        return WrkRun(
            route: route, connections: connections, requests: Int(f[0]) ?? 0, seconds: Double(f[1]) ?? 1, p50: Double(f[2]) ?? 0,
            p95: Double(f[3]) ?? 0, p99: Double(f[4]) ?? 0, serverErrors: Int(f[5]) ?? 0, socketErrors: Int(f[6]) ?? 0)
    }
}
