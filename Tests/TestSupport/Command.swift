import Dispatch
import Foundation
import Synchronization

/// Runs a program (the real `digitise` binary, in CLI tests) to completion.
public enum Command {
    public static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:]) throws -> CommandResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Drain stderr beside stdout, so a chatty child never blocks on a full pipe.
        let errData = Mutex(Data())
        let group = DispatchGroup()
        let reader = err.fileHandleForReading
        DispatchQueue.global().async(group: group) { @Sendable in
            let data = reader.readDataToEndOfFile()
            errData.withLock { $0 = data }
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return CommandResult(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData.withLock { $0 }, as: UTF8.self))
    }
}
