import Foundation

/// A filesystem call of the store failed: which operation, on which path, with the system's own reason.
public struct StoreError: Error, CustomStringConvertible {
    public let operation: String
    public let path: String
    public let code: Int32

    public var description: String {
        "object store: cannot \(operation) \(path): \(String(cString: strerror(code)))"
            + (code == ENOSPC || code == EDQUOT
                ? " (the disk holding the archive is full: free space on it (`df -h \(path)`; emptying ARCHIVE/tmp is safe when no run is active), then run again: the run resumes where it stopped)"
                : "")
    }
}
