/// The program's name and version, recorded as the agent of every batch and event.
enum Version {
    static let number = "0.1.0"
    static let program = "digitise \(number)"
}
