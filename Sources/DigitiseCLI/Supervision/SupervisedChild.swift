import Foundation

/// What a reading process receives from its supervisor, as descriptor numbers in `DIGITISE_SUPERVISOR` (`3:4:5`):
/// the pipe to write its journal to, the archive lock its supervisor holds, and a lifeline: a pipe whose other end
/// only the supervisor holds, so that it reads end-of-file when the supervisor is gone.
struct SupervisedChild {
    static let environmentKey = "DIGITISE_SUPERVISOR"
    /// Where the child finds them (the supervisor places them there with `dup2`).
    static let journalDescriptor: Int32 = 3
    static let lockDescriptor: Int32 = 4
    static let lifelineDescriptor: Int32 = 5

    let journal: Int32
    let lock: Int32
    let lifeline: Int32

    /// The descriptors, when this process was started by a supervisor; nil otherwise.
    static var current: SupervisedChild? {
        guard let value = ProcessInfo.processInfo.environment[environmentKey] else { return nil }
        let parts = value.split(separator: ":").compactMap { Int32($0) }
        guard parts.count == 3 else { return nil }
        return SupervisedChild(journal: parts[0], lock: parts[1], lifeline: parts[2])
    }

    /// Ends this process as `kill -9` would the moment its supervisor is gone (killed with SIGKILL, or crashed): a
    /// reader nobody supervises must not go on holding the archive, nor writing to it.
    func dieWithSupervisor() {
        let lifeline = lifeline
        let watcher = Thread {
            var byte: UInt8 = 0
            while read(lifeline, &byte, 1) < 0 && errno == EINTR {}
            kill(getpid(), SIGKILL)
        }
        watcher.start()
    }
}
