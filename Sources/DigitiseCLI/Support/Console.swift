import Foundation

/// Writes to the terminal's streams (the `stdout`/`stderr` globals are not concurrency-safe in Swift 6).
enum Console {
    static func out(_ line: String, terminator: String = "\n") {
        FileHandle.standardOutput.write(Data((line + terminator).utf8))
    }

    static func err(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    static func warn(_ line: String) { err("digitise: warning: \(line)\n") }

    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }
}
