import Foundation

/// A filesystem call of the store failed: which operation, on which path, with the system's own reason.
public struct StoreError: Error, CustomStringConvertible {
    public let operation: String
    public let path: String
    public let code: Int32

    public var description: String {
        "object store: cannot \(operation) \(path): \(String(cString: strerror(code)))"
            + (code == ENOSPC ? " (the disk is full; free space and run again: the run resumes)" : "")
    }
}
