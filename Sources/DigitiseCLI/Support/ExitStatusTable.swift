import DigitiseCore

/// The exit code table as `--help` shows it (the README has the same).
enum ExitStatusTable {
    static var text: String {
        "\nExit codes:\n" + ExitStatus.allCases.map { "  \(String($0.rawValue).padding(3)) \($0.meaning)" }.joined(separator: "\n")
    }
}

extension String {
    func padding(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
}
