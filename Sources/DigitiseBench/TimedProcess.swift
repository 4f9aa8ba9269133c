import DigitiseCore
import Foundation
import Synchronization

/// Runs commands under GNU time (for each process's peak RSS), one at a time or N at once.
enum TimedProcess {
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> TimedRun {
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("time-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: report) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/time")
        process.arguments = ["-f", "%M", "-o", report] + arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        let clock = ContinuousClock()
        let start = clock.now
        try process.run()
        let errData = Mutex(Data())
        let reader = err.fileHandleForReading
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { @Sendable in
            let data = reader.readDataToEndOfFile()
            errData.withLock { $0 = data }
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        let elapsed = clock.now - start
        let rss = (try? String(contentsOfFile: report, encoding: .utf8))?.split(separator: "\n").last.flatMap { Int($0) } ?? 0
        return TimedRun(
            status: process.terminationStatus,
            seconds: elapsed.inSeconds, peakRSSKiB: rss,
            stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData.withLock { $0 }, as: UTF8.self))
    }

    /// Runs every command, `parallel` at a time, and returns the runs in input order.
    static func runAll(_ commands: [[String]], parallel: Int, environment: [String: String] = [:]) -> [Result<TimedRun, any Error>] {
        let results = Mutex([Result<TimedRun, any Error>?](repeating: nil, count: commands.count))
        let next = Mutex(0)
        let group = DispatchGroup()
        for _ in 0..<max(1, parallel) {
            DispatchQueue.global().async(group: group) { @Sendable in
                while true {
                    let i = next.withLock { n -> Int in
                        defer { n += 1 }
                        return n
                    }
                    guard i < commands.count else { return }
                    let result = Result { try run(commands[i], environment: environment) }
                    results.withLock { $0[i] = result }
                }
            }
        }
        group.wait()
        return results.withLock { $0.map { $0! } }
    }
}
